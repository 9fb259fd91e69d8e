package org.chronoquiz.storage;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One writer for the small, frequent writes (reviews, quiz answers): the units that arrive while a commit is
 * on disk are run together in the next transaction, so one fsync serves them all instead of one each. Each
 * unit runs inside its own savepoint, so a unit that fails (an unknown card, a bad field) undoes only its own
 * writes and its caller gets its exception; the others commit. A caller returns only after the commit that
 * holds its unit is durable, so an acknowledged answer is on disk exactly as with one transaction each.
 */
public final class GroupCommit implements AutoCloseable {
    /** Enough to absorb a burst; a bigger batch only makes its first caller wait longer. */
    static final int MAX_BATCH = 64;

    private final Jdbi jdbi;
    private final BlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    public GroupCommit(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.thread = new Thread(this::run, "group-commit");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code work} in a transaction shared with other callers', returning once that transaction committed. */
    public <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a unit of group commit cannot wait for another unit");
        }
        try {
            return submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the unit's own exception (InvalidInput, NotFound), as a plain transaction would throw it
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Queues {@code work}; the future completes after its transaction commits (or fails with its exception). */
    public synchronized <T> CompletableFuture<T> submit(HandleCallback<T, RuntimeException> work) {
        Unit<T> unit = new Unit<>(work, new CompletableFuture<>());
        if (closed) { // checked under the lock close() takes, so no unit is queued after the writer's last look
            throw new IllegalStateException("the database is closing");
        }
        queue.add(unit);
        return unit.done;
    }

    private void run() {
        List<Unit<?>> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Unit<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /** One transaction for the batch; results are handed out only after it committed. */
    private void commit(List<Unit<?>> batch) {
        List<Runnable> outcomes = new ArrayList<>(batch.size());
        try {
            jdbi.useTransaction(h -> {
                outcomes.clear(); // PostgreSQL may run the transaction again (Dialect): only the last run's results count
                for (Unit<?> unit : batch) {
                    outcomes.add(unit.runIn(h));
                }
            });
        } catch (RuntimeException | Error e) {
            // the commit itself failed (disk full, database closed): nothing in the batch is stored
            batch.forEach(u -> u.done.completeExceptionally(e));
            return;
        }
        outcomes.forEach(Runnable::run);
    }

    /** Stops taking work, finishes what is queued, and waits for the writer to end. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A unit's savepoint, set and ended with statements of the same SQL each time: through JDBC's setSavepoint the
     * SQLite driver compiles and frees a statement for each, two per review on the writer thread; these are kept per
     * connection (StatementCache) as every other statement is. One name serves every unit, as each ends before the
     * next begins. The SQL is the standard's, the same on PostgreSQL.
     */
    static final String SAVEPOINT = "SAVEPOINT unit";
    static final String RELEASE = "RELEASE SAVEPOINT unit";
    static final String ROLLBACK = "ROLLBACK TO SAVEPOINT unit";

    private record Unit<T>(HandleCallback<T, RuntimeException> work, CompletableFuture<T> done) {
        /** Runs in a savepoint; returns what to tell the caller once the transaction commits. */
        Runnable runIn(Handle h) {
            h.createUpdate(SAVEPOINT).execute();
            try {
                T result = work.withHandle(h);
                h.createUpdate(RELEASE).execute();
                return () -> done.complete(result);
            } catch (RuntimeException e) {
                if (SerializableRetries.conflict(e)) {
                    throw e; // a concurrent instance's write got in the way: the whole batch runs again, as one
                }
                h.createUpdate(ROLLBACK).execute(); // undoes the unit's writes, and leaves the savepoint set
                h.createUpdate(RELEASE).execute();
                return () -> done.completeExceptionally(e);
            }
        }
    }
}
