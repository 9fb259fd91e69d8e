package org.chronoquiz.flashcards;

import org.chronoquiz.TestApp;
import org.chronoquiz.accounts.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The due load fuzz balances against counts each learner day's review cards, in the learner's zone with the
 * 4 a.m. rollover: across a DST change, in a half-hour zone, and not the new or learning cards.
 */
class DueLoadTest {
    @TempDir
    Path tmp;

    @Test
    void each_review_card_counts_on_the_learner_day_it_falls_due_across_a_dst_change() {
        try (TestApp app = TestApp.start(tmp)) {
            User user = learnerIn(app, "ny@example.org", "America/New_York");
            List<Long> cards = cardsOf(app, user);
            Flashcards flashcards = flashcards(app);
            // 2026-03-08 is the spring change in New York, so that learner day (four hours after midnight to four
            // hours after the next) lasts 23 hours: Mar 8 begins at 09:00Z, Mar 9 already at 08:00Z
            due(app, cards.get(0), "2026-03-07T09:00:00Z", "REVIEW"); // the first instant of Mar 7
            due(app, cards.get(1), "2026-03-09T07:59:00Z", "REVIEW"); // Mar 8's last minute
            due(app, cards.get(2), "2026-03-09T08:30:00Z", "REVIEW"); // Mar 9, though under 24 h after Mar 8 began
            app.jdbi.useHandle(h -> {
                var load = flashcards.dueLoad(h, user);
                assertEquals(0, load.dueOn(LocalDate.parse("2026-03-06"), 1)[0]);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-03-07"), 1)[0]);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-03-08"), 1)[0]);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-03-09"), 1)[0]);
                // a card with an interval of years has a fuzz range of months, asked at once
                int[] months = flashcards.dueLoad(h, user).dueOn(LocalDate.parse("2026-03-01"), 400);
                assertEquals(400, months.length);
                assertEquals(List.of(1, 1, 1), List.of(months[6], months[7], months[8]), "Mar 7, 8 and 9");
                assertEquals(3, java.util.Arrays.stream(months).sum());
            });

            due(app, cards.get(0), "2026-03-08T20:00:00Z", "LEARNING"); // learning steps are no review load
            due(app, cards.get(1), "2026-03-08T08:59:59Z", "REVIEW"); // the last second of Mar 7
            due(app, cards.get(2), "2026-04-08T07:59:00Z", "REVIEW"); // Apr 7, the last of the 32 days read at least
            app.jdbi.useHandle(h -> {
                var load = flashcards.dueLoad(h, user);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-03-07"), 1)[0]);
                assertEquals(0, load.dueOn(LocalDate.parse("2026-03-08"), 1)[0]);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-04-07"), 1)[0]);
            });

            due(app, cards.get(0), "2026-04-08T08:00:00Z", "REVIEW"); // Apr 8 begins
            app.jdbi.useHandle(h -> {
                var load = flashcards.dueLoad(h, user);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-03-07"), 1)[0]);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-04-07"), 1)[0]);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-04-08"), 1)[0], "a day past the first read is read in turn");
                assertEquals(0, load.dueOn(LocalDate.parse("2026-04-09"), 1)[0]);
            });
        }
    }

    @Test
    void a_half_hour_zone_splits_its_days_at_22_30_utc() {
        try (TestApp app = TestApp.start(tmp)) {
            User user = learnerIn(app, "kol@example.org", "Asia/Kolkata");
            List<Long> cards = cardsOf(app, user);
            due(app, cards.get(0), "2026-03-04T22:29:59Z", "REVIEW"); // 03:59:59 IST on Mar 5: Mar 4's learner day
            due(app, cards.get(1), "2026-03-04T22:30:00Z", "REVIEW"); // 04:00 IST: Mar 5 begins
            due(app, cards.get(2), "2026-03-05T10:00:00Z", "NEW"); // never studied: no load
            Flashcards flashcards = flashcards(app);
            app.jdbi.useHandle(h -> {
                var load = flashcards.dueLoad(h, user);
                assertEquals(0, load.dueOn(LocalDate.parse("2026-03-03"), 1)[0]);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-03-04"), 1)[0]);
                assertEquals(1, load.dueOn(LocalDate.parse("2026-03-05"), 1)[0]);
            });
        }
    }

    private static User learnerIn(TestApp app, String email, String zone) {
        app.loggedIn(email, "learner").study(app.deckId());
        app.jdbi.useHandle(h -> h.execute("UPDATE users SET time_zone = ? WHERE email = ?", zone, email));
        return app.accounts.findByEmail(email).orElseThrow();
    }

    private static List<Long> cardsOf(TestApp app, User user) {
        List<Long> ids = app.jdbi.withHandle(h -> h.createQuery("SELECT id FROM cards WHERE user_id = :u ORDER BY id")
                .bind("u", user.id()).mapTo(Long.class).list());
        assertTrue(ids.size() >= 3, "the seed deck gives the learner cards enough: " + ids.size());
        return ids;
    }

    private static void due(TestApp app, long card, String when, String phase) {
        app.jdbi.useHandle(h -> h.execute("UPDATE cards SET phase = ?, due = ? WHERE id = ?", phase,
                Instant.parse(when).toEpochMilli(), card));
    }

    private static Flashcards flashcards(TestApp app) {
        return new Flashcards(app.jdbi, app.writer(), app.clock, new LearnerScheduling());
    }
}
