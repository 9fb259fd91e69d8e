package org.chronoquiz.storage;

import org.chronoquiz.TestDatabases;
import org.chronoquiz.support.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reviews and answers that arrive together share one commit; each still succeeds or fails on its own. */
class GroupCommitTest {
    @TempDir
    Path tmp;

    @Test
    void writes_queued_behind_a_commit_share_the_next_one_and_a_failing_write_undoes_only_itself() throws Exception {
        try (Database db = Database.open(TestDatabases.at(tmp.resolve("t.db")))) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE t (x INTEGER NOT NULL)"));
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch holding = new CountDownLatch(1);
            CompletableFuture<Object> first = db.writer().submit(h -> {
                holding.countDown();
                await(release); // holds the writer, so the next three queue up behind it
                return h;
            });
            await(holding); // else the writer may take the first two in one batch, if the machine is busy
            CompletableFuture<Object> a = db.writer().submit(h -> insert(h, 1));
            CompletableFuture<Object> bad = db.writer().submit(h -> {
                insert(h, 2);
                throw new InvalidInput("x", "two is refused");
            });
            CompletableFuture<Object> b = db.writer().submit(h -> insert(h, 3));
            release.countDown();

            first.get(10, TimeUnit.SECONDS);
            assertSame(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS), "one transaction for both");
            ExecutionException failed = assertThrows(ExecutionException.class, () -> bad.get(10, TimeUnit.SECONDS));
            assertInstanceOf(InvalidInput.class, failed.getCause());
            assertEquals(List.of(1, 3), db.jdbi().withHandle(h ->
                    h.createQuery("SELECT x FROM t ORDER BY x").mapTo(Integer.class).list()));
        }
    }

    @Test
    void a_caller_gets_the_units_own_exception_and_the_writer_keeps_serving() {
        try (Database db = Database.open(TestDatabases.at(tmp.resolve("t.db")))) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE t (x INTEGER NOT NULL)"));
            InvalidInput e = assertThrows(InvalidInput.class, () -> db.writer().inTransaction(h -> {
                insert(h, 1);
                throw new InvalidInput("x", "no");
            }));
            assertEquals("x", e.field());
            db.writer().inTransaction(h -> insert(h, 2));
            assertEquals(List.of(2), db.jdbi().withHandle(h ->
                    h.createQuery("SELECT x FROM t").mapTo(Integer.class).list()), "visible once acknowledged");
        }
    }

    @Test
    void work_queued_when_the_database_closes_is_committed_first() throws Exception {
        Path file = tmp.resolve("t.db");
        CompletableFuture<Object> queued;
        try (Database db = Database.open(TestDatabases.at(file))) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE t (x INTEGER NOT NULL)"));
            queued = db.writer().submit(h -> insert(h, 7));
        }
        queued.get(1, TimeUnit.SECONDS);
        try (Database reopened = Database.open(TestDatabases.at(file))) {
            int stored = reopened.jdbi().withHandle(h ->
                    h.createQuery("SELECT count(*) FROM t WHERE x = 7").mapTo(Integer.class).one());
            assertEquals(1, stored);
            assertThrows(IllegalStateException.class, () -> {
                reopened.close();
                reopened.writer().submit(h -> 1);
            }, "a closed writer refuses work instead of leaving its caller waiting");
        }
    }

    @Test
    void two_instances_incrementing_one_row_through_their_writers_lose_no_increment() throws Exception {
        String at = TestDatabases.at(tmp.resolve("t.db"));
        try (Database one = Database.open(at); Database two = Database.open(at)) {
            one.jdbi().useHandle(h -> h.execute("CREATE TABLE counter (n INTEGER NOT NULL)"));
            one.jdbi().useHandle(h -> h.execute("INSERT INTO counter (n) VALUES (0)"));
            List<CompletableFuture<Object>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                // read, then write what was read plus one: without isolation, concurrent writers lose increments
                all.add((i % 2 == 0 ? one : two).writer().submit(h -> {
                    int n = h.createQuery("SELECT n FROM counter").mapTo(Integer.class).one();
                    return h.createUpdate("UPDATE counter SET n = :n").bind("n", n + 1).execute();
                }));
            }
            for (CompletableFuture<Object> f : all) {
                f.get(60, TimeUnit.SECONDS);
            }
            int n = one.jdbi().withHandle(h -> h.createQuery("SELECT n FROM counter").mapTo(Integer.class).one());
            assertEquals(100, n);
        }
    }

    private static Object insert(org.jdbi.v3.core.Handle h, int x) {
        h.createUpdate("INSERT INTO t (x) VALUES (:x)").bind("x", x).execute();
        return h;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
