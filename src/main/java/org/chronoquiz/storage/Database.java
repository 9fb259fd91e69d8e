package org.chronoquiz.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the database named on the command line (a SQLite file path or a JDBC URL, SQLite or PostgreSQL), brings its
 * schema up to date, and keeps a pool of connections to it (HikariCP): a page no longer opens a connection and sets
 * its pragmas per handle; each pooled connection got them once, when it was made. What differs between the two
 * databases is in {@link Dialect}.
 */
public final class Database implements AutoCloseable {
    /** SQLite: readers run side by side in WAL mode, writers take turns on its one lock (busy timeout). */
    static final int POOL_SIZE = 10;

    private final Jdbi jdbi;
    private final HikariDataSource pool;
    private final GroupCommit writer;
    private final Dialect dialect;

    private Database(Jdbi jdbi, HikariDataSource pool, Dialect dialect) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.writer = new GroupCommit(jdbi);
        this.dialect = dialect;
    }

    /** A migrated database ready for use. */
    public static Database open(String spec) {
        String url = spec.startsWith("jdbc:") ? spec : "jdbc:sqlite:" + ensureParent(Path.of(spec));
        Dialect dialect = Dialect.of(url);
        HikariConfig config = new HikariConfig();
        dialect.configure(config, url);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("chronoquiz");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(dialect.migrations().toArray(String[]::new))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        Jdbi jdbi = dialect.configure(Jdbi.create(pool).installPlugin(new SqlObjectPlugin()));
        return new Database(jdbi, pool, dialect);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The shared writer for reviews and answers: one commit, so one fsync, for the writes that arrive together. */
    public GroupCommit writer() {
        return writer;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * A consistent copy of the whole database in {@code target}, taken while the service runs: SQLite's
     * {@code VACUUM INTO} reads one snapshot, so writes that land meanwhile are either all in the copy or not.
     * PostgreSQL has its own tools for this, which also copy a database while it serves.
     */
    public void backup(Path target) {
        if (dialect != Dialect.SQLITE) {
            throw new IllegalArgumentException("backup copies SQLite files; back up PostgreSQL with its own tools, "
                    + "e.g. pg_dump --format=custom --file=chronoquiz.dump DBNAME (restore with pg_restore)");
        }
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
