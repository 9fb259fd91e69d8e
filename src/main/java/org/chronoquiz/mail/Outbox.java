package org.chronoquiz.mail;

import org.jdbi.v3.core.Handle;

import java.time.Clock;

/**
 * Where a feature leaves mail it owes: a row written in the feature's own transaction, so the mail exists exactly
 * when what it announces does. {@link MailDelivery} sends it after the commit.
 */
public final class Outbox {
    private final Clock clock;
    private final MailDelivery delivery;

    public Outbox(Clock clock, MailDelivery delivery) {
        this.clock = clock;
        this.delivery = delivery;
    }

    public void add(Handle handle, Mail mail) {
        handle.attach(OutboxDao.class).insert(mail.to(), mail.subject(), mail.body(), clock.millis());
        handle.afterCommit(delivery::nudge);
    }
}
