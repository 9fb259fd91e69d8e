package org.chronoquiz.flashcards;

import org.chronoquiz.TestApp;
import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A review's card write on the writer thread checks and writes in one statement: it must write only while the card is
 * exactly as it was scheduled from, and the learner's own, or a grade from another tab would be overwritten.
 */
class CardUpdateTest {
    @TempDir
    Path tmp;

    @Test
    void the_card_moves_on_only_from_the_state_it_was_scheduled_from() {
        try (TestApp app = TestApp.start(tmp)) {
            var learner = app.user("rae@example.org", "learner");
            app.client(); // the app is up
            CardDao cards = new CardDao();
            Card card = app.jdbi.inTransaction(h -> {
                h.execute("INSERT INTO deck_learners (deck_id, user_id, added_at) VALUES (?, ?, 0)", app.deckId(), learner.id());
                long id = h.createQuery("SELECT min(id) FROM cards WHERE user_id = :u").bind("u", learner.id())
                        .mapTo(Long.class).one();
                return cards.findById(h, id).orElseThrow();
            });
            CardState fresh = card.state();
            Instant t = Instant.ofEpochMilli(1_700_000_000_123L);
            CardState learning = new CardState(Phase.LEARNING, 1, 2.3065, 2.11810397, t.plusSeconds(600), t, 0, 1, 0);
            CardState review = new CardState(Phase.REVIEW, 0, 10.5, 5.25, t.plusSeconds(86400 * 3), t.plusSeconds(600), 3, 2, 0);

            app.jdbi.useTransaction(h -> {
                assertFalse(cards.updateIfUnchanged(h, card.id(), learner.id() + 1, fresh, learning), "another learner's");
                assertFalse(cards.updateIfUnchanged(h, card.id(), learner.id(), learning, review), "not in that state");
                assertEquals(fresh, cards.findById(h, card.id()).orElseThrow().state(), "nothing written");

                assertTrue(cards.updateIfUnchanged(h, card.id(), learner.id(), fresh, learning), "never reviewed: NULL");
                assertEquals(learning, cards.findById(h, card.id()).orElseThrow().state());
                assertFalse(cards.updateIfUnchanged(h, card.id(), learner.id(), fresh, review), "graded meanwhile");

                CardState slightlyOff = new CardState(Phase.LEARNING, 1, 2.3065, 2.11810397, t.plusSeconds(600),
                        t.plusMillis(1), 0, 1, 0);
                assertFalse(cards.updateIfUnchanged(h, card.id(), learner.id(), slightlyOff, review), "last review differs");
                assertTrue(cards.updateIfUnchanged(h, card.id(), learner.id(), learning, review), "doubles compare exactly");
                assertEquals(review, cards.findById(h, card.id()).orElseThrow().state());
            });
        }
    }
}
