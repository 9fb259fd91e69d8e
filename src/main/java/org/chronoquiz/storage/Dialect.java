package org.chronoquiz.storage;

import com.zaxxer.hikari.HikariConfig;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.util.List;

/**
 * What differs between the two databases the service runs on, in one place: how a connection is made, which
 * migration folders apply, how transactions keep concurrent writers apart, and how ids go on after a copy.
 * The DAOs' SQL is the same on both, written in what the two share: {@code ON CONFLICT} upserts, {@code TRUE} for
 * flags, {@code NULLS FIRST}/{@code LAST} spelled out (they sort NULL at opposite ends), {@code lower()} around
 * LIKE (SQLite's ignores case), {@code string_agg}, generated keys through Jdbi.
 * Migrations common to both live in {@code db/migration/common}; a version whose SQL differs has one file per
 * dialect folder, with the same version and name.
 */
public enum Dialect {
    /** One file, one machine; SQLite takes its single write lock at BEGIN, so transactions never interleave. */
    SQLITE("sqlite") {
        @Override
        void configure(HikariConfig pool, String url) {
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
            pool.setDataSource(ds);
        }

        @Override
        Jdbi configure(Jdbi jdbi) {
            return jdbi.setStatementBuilderFactory(new StatementCache());
        }

        @Override
        void afterCopy(Handle h) {
            // a rowid continues from the largest one stored; nothing to move on
        }
    },

    /**
     * Several instances on one server. Transactions are SERIALIZABLE and retried when PostgreSQL aborts one for a
     * conflict, so the services' read-then-write transactions (a review reads the card it reschedules) behave as
     * they do on SQLite, where they run one at a time. Statements outside a transaction stay READ COMMITTED: a
     * compare-and-swap UPDATE or a sweep DELETE then waits for a concurrent writer instead of failing.
     */
    POSTGRESQL("postgresql") {
        @Override
        void configure(HikariConfig pool, String url) {
            pool.setJdbcUrl(url);
        }

        @Override
        Jdbi configure(Jdbi jdbi) {
            return jdbi.setTransactionHandler(new SerializableRetries());
        }

        @Override
        void afterCopy(Handle h) {
            // rows copied with their ids leave each identity's sequence where it was: move it past them
            h.createQuery("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = current_schema() AND is_identity = 'YES'""")
                    .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).list()
                    .forEach(tc -> h.createQuery("SELECT setval(pg_get_serial_sequence(:t, :c), coalesce((SELECT max("
                                    + tc.get(1) + ") FROM " + tc.get(0) + "), 0) + 1, false)")
                            .bind("t", tc.get(0)).bind("c", tc.get(1)).mapTo(Long.class).one());
        }
    };

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The dialect of a JDBC URL; anything else is refused with the URLs that work. */
    public static Dialect of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("--db: a SQLite file, jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB, got "
                + redacted(url));
    }

    /** A database URL fit for a log: any password in it replaced. */
    public static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Flyway locations: the common migrations and this dialect's own. */
    public List<String> migrations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + folder);
    }

    /** Points the pool at the database, with this dialect's per-connection settings. */
    abstract void configure(HikariConfig pool, String url);

    /** The transaction handling this dialect needs on top of Jdbi's defaults. */
    abstract Jdbi configure(Jdbi jdbi);

    /** After {@link DataCopy} wrote rows with their ids: new rows must get ids after them. */
    abstract void afterCopy(Handle h);
}
