package org.chronoquiz.flashcards;

import org.chronoquiz.TestApp;
import org.chronoquiz.accounts.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Today's reviews and new cards started, which the home and review pages count from review_slots' quarter hours
 * (migrations V15, V16), are the counts of the reviews themselves: for a day that starts on a quarter hour and for
 * an instant inside one, after reviews are written and after some are undone.
 */
class DayCountsTest {
    private static final long SLOT = DueCards.SLOT_MILLIS;

    @TempDir
    Path tmp;

    @Test
    void the_slots_count_as_the_reviews_do() {
        try (TestApp app = TestApp.start(tmp)) {
            app.loggedIn("counts@example.org", "learner").study(app.deckId());
            User user = app.accounts.findByEmail("counts@example.org").orElseThrow();
            long card = app.jdbi.withHandle(h -> h.createQuery("SELECT min(id) FROM cards WHERE user_id = :u")
                    .bind("u", user.id()).mapTo(Long.class).one());
            long day = 1_764_734_400_000L; // a quarter hour
            String[] phases = {"NEW", "LEARNING", "REVIEW", "RELEARNING"};
            app.jdbi.useHandle(h -> {
                for (int i = 0; i < 200; i++) {
                    h.execute("INSERT INTO reviews (card_id, user_id, review_key, rating, reviewed_at, before_phase,"
                                    + " before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, '{}', '{}')", card, user.id(),
                            "k" + i, 1 + i % 4, day - 3 * SLOT + i * 97_531L, phases[i * 7 % 4]);
                }
            });
            DueCards dueCards = new DueCards();
            List<Long> instants = List.of(day - 5 * SLOT, day - SLOT, day, day + 1, day + SLOT / 2, day + SLOT - 1,
                    day + SLOT, day + 7 * SLOT + 12_345, day + 30 * SLOT);
            for (int round = 0; round < 2; round++) {
                for (long since : instants) {
                    app.jdbi.useHandle(h -> {
                        int reviewed = h.createQuery("SELECT count(*) FROM reviews WHERE user_id = :u AND reviewed_at >= :s")
                                .bind("u", user.id()).bind("s", since).mapTo(Integer.class).one();
                        int started = h.createQuery("SELECT count(*) FROM reviews WHERE user_id = :u AND reviewed_at >= :s"
                                + " AND before_phase = 'NEW'").bind("u", user.id()).bind("s", since).mapTo(Integer.class).one();
                        assertEquals(reviewed, dueCards.reviewedSince(h, user.id(), since), "reviewed since " + since);
                        assertEquals(started, dueCards.startedSince(h, user.id(), since), "started since " + since);
                        DueCards.Counts counts = dueCards.counts(h, user.id(), 0, since, since);
                        assertEquals(reviewed, counts.reviewedToday());
                        assertEquals(started, counts.startedToday());
                        DueCards.Overview overview = dueCards.overview(h, user.id(), since, since);
                        assertEquals(reviewed, overview.reviewedToday());
                        assertEquals(started, overview.startedToday());
                    });
                }
                // undone reviews leave the slots' counts
                app.jdbi.useHandle(h -> h.execute("DELETE FROM reviews WHERE user_id = ? AND review_key LIKE 'k%3'", user.id()));
            }
            int slotted = app.jdbi.withHandle(h -> h.createQuery("SELECT sum(started) FROM review_slots")
                    .mapTo(Integer.class).one());
            assertTrue(slotted > 10, "the slots count new cards started: " + slotted);
        }
    }
}
