package org.chronoquiz.accounts;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Bucket4j's buckets stored in the {@code rate_limits} table. Bucket4j does the token arithmetic; this class only
 * reads a bucket's bytes and swaps them if nobody changed them meanwhile (compare-and-swap), so concurrent log-ins,
 * and later several instances, never lose an attempt. Rows untouched for {@link #KEEP} are deleted: by then
 * every bucket has refilled and a fresh one is the same.
 */
final class DatabaseBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {
    static final Duration KEEP = Duration.ofHours(1);
    private final Jdbi jdbi;
    private final Clock clock;

    DatabaseBuckets(Jdbi jdbi, Clock clock) {
        super(ClientSideConfig.getDefault().withClientClock(new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        }));
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return jdbi.withHandle(h -> h.createQuery("SELECT state FROM rate_limits WHERE key = :key")
                        .bind("key", key).mapTo(byte[].class).findOne());
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state, Optional<Long> timeoutNanos) {
                long now = clock.millis();
                long expires = now + KEEP.toMillis();
                return jdbi.withHandle(h -> {
                    if (original == null) {
                        h.createUpdate("DELETE FROM rate_limits WHERE expires_at < :now").bind("now", now).execute();
                        return h.createUpdate("""
                                INSERT INTO rate_limits (key, state, expires_at) VALUES (:key, :state, :expires)
                                ON CONFLICT (key) DO NOTHING""")
                                .bind("key", key).bind("state", updated).bind("expires", expires).execute() == 1;
                    }
                    return h.createUpdate("""
                            UPDATE rate_limits SET state = :state, expires_at = :expires
                            WHERE key = :key AND state = :original""")
                            .bind("key", key).bind("state", updated).bind("expires", expires)
                            .bind("original", original).execute() == 1;
                });
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("log-in throttling is synchronous");
    }

    @Override
    public void removeProxy(String key) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM rate_limits WHERE key = :key").bind("key", key).execute());
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("log-in throttling is synchronous");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
