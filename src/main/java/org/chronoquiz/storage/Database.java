package org.chronoquiz.storage;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the database named on the command line (a file path or a JDBC URL) and brings its schema up to date. */
public final class Database {
    private Database() {
    }

    /** A migrated database ready for use. */
    public static Jdbi open(String spec) {
        DataSource dataSource = dataSource(spec);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/sqlite")
                .load()
                .migrate();
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    private static DataSource dataSource(String spec) {
        String url = spec.startsWith("jdbc:") ? spec : "jdbc:sqlite:" + ensureParent(Path.of(spec));
        if (!url.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("--db: only SQLite is supported so far, got " + url);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on power loss,
        // and an acknowledged review or answer must never be lost.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        // Writers take the lock at BEGIN: a deferred transaction that reads and then writes
        // fails at once with SQLITE_BUSY in WAL mode instead of waiting its turn.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    private static Path ensureParent(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("--db: cannot create the folder for " + file, e);
        }
    }
}
