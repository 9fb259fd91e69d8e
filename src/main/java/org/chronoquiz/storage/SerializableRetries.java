package org.chronoquiz.storage;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Every outermost transaction runs SERIALIZABLE and is run again, a few times, when PostgreSQL aborts it because a
 * concurrent one conflicted (40001) or deadlocked with it (40P01): the retry reads what the other committed, which
 * is what the same code sees on SQLite, where the second writer waits for the first. Callbacks therefore must not
 * have effects outside the database; the services' callbacks only read and write rows.
 * Jdbi's own SerializableTransactionRunner retries only 40001 and would also retry inside a nested transaction.
 */
final class SerializableRetries extends DelegatingTransactionHandler {
    static final int ATTEMPTS = 10;
    private static final Set<String> RETRIED = Set.of("40001", "40P01");

    SerializableRetries() {
        super(new LocalTransactionHandler());
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        return inTransaction(handle, TransactionIsolationLevel.SERIALIZABLE, callback);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        if (handle.isInTransaction()) {
            return getDelegate().inTransaction(handle, callback); // the outermost transaction retries, as a whole
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return getDelegate().inTransaction(handle, level, callback);
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !conflict(e)) {
                    throw e;
                }
                // a short random pause, growing, so two retrying writers do not collide again in step
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, 1L << Math.min(attempt, 6)) * 1_000_000L);
            }
        }
    }

    /** A conflict with a concurrent transaction, which running the whole transaction again resolves. */
    static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && RETRIED.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
