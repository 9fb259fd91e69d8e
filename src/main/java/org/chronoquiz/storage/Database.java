package org.chronoquiz.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

/**
 * Opens the database named on the command line (a file path or a JDBC URL), brings its schema up to date, and
 * keeps a pool of connections to it (HikariCP): a page no longer opens a connection and sets its pragmas per
 * handle; each pooled connection got them once, when it was made.
 */
public final class Database implements AutoCloseable {
    /** Readers run side by side in WAL mode; writers take turns on SQLite's one lock (busy timeout below). */
    static final int POOL_SIZE = 10;

    private final Jdbi jdbi;
    private final HikariDataSource pool;
    private final GroupCommit writer;

    private Database(Jdbi jdbi, HikariDataSource pool) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.writer = new GroupCommit(jdbi);
    }

    /** A migrated database ready for use. */
    public static Database open(String spec) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource(spec));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("chronoquiz");
        HikariDataSource pool = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration/sqlite")
                .load()
                .migrate();
        return new Database(Jdbi.create(pool).installPlugin(new SqlObjectPlugin()), pool);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The shared writer for reviews and answers: one commit, so one fsync, for the writes that arrive together. */
    public GroupCommit writer() {
        return writer;
    }

    /**
     * A consistent copy of the whole database in {@code target}, taken while the service runs: SQLite's
     * {@code VACUUM INTO} reads one snapshot, so writes that land meanwhile are either all in the copy or not.
     */
    public void backup(Path target) {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " already exists; a backup never overwrites a file");
        }
        ensureParent(target);
        jdbi.useHandle(h -> h.createUpdate("VACUUM INTO :target").bind("target", target.toAbsolutePath().toString()).execute());
    }

    /** Closes every pooled connection; an instance that stops, or a test, calls it. */
    @Override
    public void close() {
        writer.close(); // what is queued commits first
        pool.close();
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
