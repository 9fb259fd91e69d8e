package org.chronoquiz.mail;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends what the outbox holds, on one background thread: woken when a transaction that added mail commits, and
 * every few seconds for retries and for mail another instance added. A message leaves the outbox only after the
 * carrier took it; a failure waits longer each time (up to an hour) and is retried until the message is three
 * days old, when every link in it has long expired. Several instances on one database share the outbox: each
 * claims a row before sending it (a lease), so a message goes once even when two look at once.
 */
public final class MailDelivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    static final Duration POLL = Duration.ofSeconds(5);
    /** Long enough for a slow SMTP server; a process that dies mid-send leaves its row to be retried after it. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final Duration GIVE_UP = Duration.ofDays(3);
    private static final int BATCH = 50;

    private final Jdbi jdbi;
    private final MailSender sender;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public MailDelivery(Jdbi jdbi, MailSender sender, Clock clock) {
        this.jdbi = jdbi;
        this.sender = sender;
        this.clock = clock;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "mail-delivery");
        thread.setDaemon(true);
        thread.start();
    }

    /** Something was added: look now rather than at the next poll. */
    void nudge() {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                deliverDue();
            } catch (RuntimeException e) { // the database away for a moment: the next round tries again
                LOG.warn("Mail delivery could not read the outbox: {}", e.toString());
            }
            try {
                wake.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Sends every message that is due now; returns how many went. */
    public int deliverDue() {
        int sent = 0;
        OutboxDao outbox = jdbi.onDemand(OutboxDao.class);
        for (OutboxDao.Pending row : outbox.due(clock.millis(), BATCH)) {
            long now = clock.millis();
            if (outbox.claim(row.id(), row.nextAttemptAt(), now + LEASE.toMillis()) == 0) {
                continue;
            }
            try {
                sender.send(row.mail());
                outbox.delete(row.id());
                sent++;
            } catch (Exception e) {
                if (now - row.createdAt() > GIVE_UP.toMillis()) {
                    LOG.error("Mail to {} ({}) given up after {} attempts: {}", row.recipient(), row.subject(),
                            row.attempts() + 1, e.toString());
                    outbox.delete(row.id());
                } else {
                    long wait = Math.min(MAX_BACKOFF.toMillis(), 30_000L << Math.min(row.attempts(), 10));
                    LOG.warn("Mail to {} not sent (attempt {}), retrying in {} s: {}", row.recipient(),
                            row.attempts() + 1, wait / 1000, e.toString());
                    String error = e.toString();
                    outbox.failed(row.id(), now + wait, error.length() > 500 ? error.substring(0, 500) : error);
                }
            }
        }
        return sent;
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            wake.release(); // a send under way finishes; interrupting it would only make it fail and retry
            try {
                thread.join(25_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }
}
