package org.chronoquiz.storage;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQLite's prepared statements are kept for reuse; what a query returns must never tell. */
class StatementCacheTest {
    @TempDir
    Path tmp;

    private static final String COUNT = "SELECT count(*) FROM t WHERE x >= :min";

    @Test
    void the_same_query_run_many_times_is_compiled_once_and_still_sees_every_new_row() {
        StatementCache cache = new StatementCache();
        try (Database db = Database.open(tmp.resolve("t.db").toString())) {
            Jdbi jdbi = db.jdbi().setStatementBuilderFactory(cache);
            jdbi.useHandle(h -> h.execute("CREATE TABLE t (x INTEGER NOT NULL)"));
            long before = cache.compiled();
            for (int i = 1; i <= 50; i++) {
                int n = i;
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO t (x) VALUES (:x)").bind("x", n).execute());
                // read on whichever pooled connection comes: each must see the row just committed
                assertEquals(n, (int) jdbi.<Integer, RuntimeException>withHandle(h -> count(h.createQuery(COUNT), 0)));
            }
            long compiled = cache.compiled() - before;
            assertTrue(compiled >= 2 && compiled <= 2 * Database.POOL_SIZE,
                    "two statements run 50 times each, compiled at most once per pooled connection: " + compiled);
        }
    }

    @Test
    void a_query_run_again_while_its_first_result_is_still_being_read_gets_a_statement_of_its_own() {
        try (Database db = Database.open(tmp.resolve("t.db").toString())) {
            Jdbi jdbi = db.jdbi();
            jdbi.useHandle(h -> h.execute("CREATE TABLE t (x INTEGER NOT NULL)"));
            jdbi.useHandle(h -> h.execute("INSERT INTO t (x) VALUES (1), (2), (3)"));
            List<String> pairs = jdbi.withHandle(h -> {
                List<String> out = new ArrayList<>();
                try (var outer = h.createQuery("SELECT x FROM t WHERE x >= :min ORDER BY x").bind("min", 1)
                        .mapTo(Integer.class).iterator()) {
                    while (outer.hasNext()) {
                        int x = outer.next();
                        List<Integer> inner = h.createQuery("SELECT x FROM t WHERE x >= :min ORDER BY x")
                                .bind("min", x).mapTo(Integer.class).list();
                        out.add(x + ":" + inner);
                    }
                }
                return out;
            });
            assertEquals(List.of("1:[1, 2, 3]", "2:[2, 3]", "3:[3]"), pairs);
        }
    }

    @Test
    void a_kept_statement_holds_no_snapshot_so_the_log_can_be_checkpointed_to_nothing() {
        try (Database db = Database.open(tmp.resolve("t.db").toString())) {
            Jdbi jdbi = db.jdbi();
            jdbi.useHandle(h -> h.execute("CREATE TABLE t (x INTEGER NOT NULL)"));
            for (int i = 0; i < 20; i++) {
                jdbi.useHandle(h -> h.execute("INSERT INTO t (x) VALUES (1)"));
                jdbi.<Integer, RuntimeException>withHandle(h -> count(h.createQuery(COUNT), 0));
                jdbi.withHandle(h -> h.createQuery("SELECT x FROM t LIMIT 1").mapTo(Integer.class).one()); // one row of many
            }
            // busy = 1 if any connection still read an old snapshot of the log
            Map<String, Object> result = jdbi.withHandle(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().one());
            assertEquals(0, ((Number) result.get("busy")).intValue(), result.toString());
        }
    }

    @Test
    void more_distinct_queries_than_it_keeps_still_answer_and_the_oldest_are_let_go() {
        StatementCache cache = new StatementCache();
        try (Database db = Database.open(tmp.resolve("t.db").toString())) {
            Jdbi jdbi = db.jdbi().setStatementBuilderFactory(cache);
            jdbi.useHandle(h -> {
                h.execute("CREATE TABLE t (x INTEGER NOT NULL)");
                h.execute("INSERT INTO t (x) VALUES (7)");
                for (int i = 0; i < StatementCache.PER_CONNECTION + 50; i++) {
                    assertEquals(7 + i, h.createQuery("SELECT x + " + i + " FROM t").mapTo(Integer.class).one());
                }
            });
            assertTrue(cache.held() <= StatementCache.PER_CONNECTION, "held " + cache.held());
        }
    }

    private static int count(Query q, int min) {
        return q.bind("min", min).mapTo(Integer.class).one();
    }
}
