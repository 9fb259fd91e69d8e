package org.chronoquiz.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.chronoquiz.TestClock;
import org.chronoquiz.TestDatabases;
import org.chronoquiz.TestMailbox;
import org.chronoquiz.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mail owed goes out once, survives a carrier that is down and a restart, and reaches a real SMTP server intact. */
class MailDeliveryTest {
    @TempDir
    Path tmp;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

    private long outboxRows(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM outbox").mapTo(Long.class).one());
    }

    @Test
    void smtp_sender_hands_a_utf8_message_to_a_real_smtp_server() throws Exception {
        GreenMail server = new GreenMail(ServerSetup.SMTP.dynamicPort());
        server.start();
        try (Database db = Database.open(TestDatabases.at(tmp.resolve("smtp.db")))) {
            var sender = SmtpSender.of("smtp+plain://127.0.0.1:" + server.getSmtp().getPort(),
                    "Chronoquiz <quiz@school.example>", clock);
            var delivery = new MailDelivery(db.jdbi(), sender, clock);
            var outbox = new Outbox(clock, delivery);
            db.jdbi().useTransaction(h -> outbox.add(h, new Mail("zoe@example.org", "Bienvenue, Zoë",
                    "Ouvrez ce lien : https://quiz.school.example/signup/confirm?token=abc\n")));
            assertEquals(1, delivery.deliverDue());
            assertTrue(server.waitForIncomingEmail(5_000, 1));
            MimeMessage message = server.getReceivedMessages()[0];
            assertEquals("Bienvenue, Zoë", message.getSubject());
            assertEquals("quiz@school.example", ((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).getAddress());
            assertEquals("zoe@example.org", message.getAllRecipients()[0].toString());
            assertTrue(GreenMailUtil.getBody(message).contains("Ouvrez ce lien"), GreenMailUtil.getBody(message));
            assertEquals(0, outboxRows(db), "a sent mail leaves the outbox: its link is not kept");
        } finally {
            server.stop();
        }
    }

    @Test
    void a_carrier_that_is_down_leaves_the_mail_to_be_retried_later() {
        try (Database db = Database.open(TestDatabases.at(tmp.resolve("retry.db")))) {
            AtomicBoolean down = new AtomicBoolean(true);
            TestMailbox mailbox = new TestMailbox();
            MailSender flaky = mail -> {
                if (down.get()) {
                    throw new java.io.IOException("connection refused");
                }
                mailbox.send(mail);
            };
            var delivery = new MailDelivery(db.jdbi(), flaky, clock);
            db.jdbi().useTransaction(h -> new Outbox(clock, delivery).add(h, new Mail("a@example.org", "S", "B")));
            assertEquals(0, delivery.deliverDue());
            assertEquals(1, outboxRows(db), "kept for the next attempt");
            assertEquals("java.io.IOException: connection refused", db.jdbi().withHandle(h ->
                    h.createQuery("SELECT last_error FROM outbox").mapTo(String.class).one()));
            down.set(false);
            assertEquals(0, delivery.deliverDue(), "not before its back-off");
            clock.advance(Duration.ofSeconds(31));
            assertEquals(1, delivery.deliverDue());
            assertEquals(1, mailbox.to("a@example.org").size());
            assertEquals(0, outboxRows(db));
        }
    }

    @Test
    void mail_exists_only_if_its_transaction_commits_and_a_restart_sends_what_was_left() {
        String url = TestDatabases.at(tmp.resolve("restart.db"));
        try (Database db = Database.open(url)) {
            var stopped = new MailDelivery(db.jdbi(), mail -> {
                throw new AssertionError("this instance never sends");
            }, clock);
            var outbox = new Outbox(clock, stopped);
            assertThrows(IllegalStateException.class, () -> db.jdbi().useTransaction(h -> {
                outbox.add(h, new Mail("gone@example.org", "S", "B"));
                throw new IllegalStateException("the sign-up failed after all");
            }));
            db.jdbi().useTransaction(h -> outbox.add(h, new Mail("kept@example.org", "S", "B")));
            assertEquals(1, outboxRows(db));
        }
        try (Database db = Database.open(url)) {
            TestMailbox mailbox = new TestMailbox();
            var delivery = new MailDelivery(db.jdbi(), mailbox, clock);
            delivery.start();
            try {
                assertEquals("S", mailbox.await("kept@example.org", 1).subject());
                assertEquals(0, mailbox.to("gone@example.org").size());
            } finally {
                delivery.close();
            }
        }
    }

    @Test
    void two_instances_on_one_outbox_send_a_message_once() {
        try (Database db = Database.open(TestDatabases.at(tmp.resolve("two.db")))) {
            TestMailbox mailbox = new TestMailbox();
            var first = new MailDelivery(db.jdbi(), mailbox, clock);
            var second = new MailDelivery(db.jdbi(), mailbox, clock);
            db.jdbi().useTransaction(h -> new Outbox(clock, first).add(h, new Mail("once@example.org", "S", "B")));
            // the second read the row before the first claimed it: its claim finds the row moved and leaves it
            var seen = db.jdbi().onDemand(OutboxDao.class).due(clock.millis(), 10).get(0);
            assertEquals(1, first.deliverDue());
            assertEquals(0, db.jdbi().onDemand(OutboxDao.class).claim(seen.id(), seen.nextAttemptAt(), clock.millis() + 1));
            assertEquals(0, second.deliverDue());
            assertEquals(1, mailbox.to("once@example.org").size());
        }
    }

    @Test
    void a_bad_smtp_url_or_sender_is_refused_with_what_is_wrong() {
        var noHost = assertThrows(IllegalArgumentException.class, () -> SmtpSender.of("smtp:relay", "a@b.org", clock));
        assertTrue(noHost.getMessage().startsWith("--smtp"), noHost.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SmtpSender.of("http://relay:25", "a@b.org", clock));
        var from = assertThrows(IllegalArgumentException.class, () -> SmtpSender.of("smtp://relay", "not an address", clock));
        assertTrue(from.getMessage().startsWith("--mail-from"), from.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MailSettings(null, "a@b.org", "ftp://quiz.example"));
        assertEquals("https://quiz.example/signup", new MailSettings(null, "a@b.org", "https://quiz.example/").link("/signup"));
    }
}
