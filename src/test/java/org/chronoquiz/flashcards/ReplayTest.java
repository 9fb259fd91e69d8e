package org.chronoquiz.flashcards;

import org.chronoquiz.TestApp;
import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.FuzzRange;
import org.chronoquiz.scheduling.Phase;
import org.chronoquiz.settings.Learners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replaying stored reviews under the settings they were made with gives back the cards the service saved. */
class ReplayTest {
    @TempDir
    Path tmp;

    @Test
    void a_replay_under_unchanged_settings_reproduces_every_card_up_to_load_balancing() {
        try (TestApp app = TestApp.start(tmp)) {
            Learners.addCards(app, 15);
            var user = app.user("rae@example.org", "learner");
            Learners.study(app, user, 200, 9);
            var settings = new LearnerScheduling().settings(user);
            Map<Long, CardState> replayed = app.jdbi.withHandle(h -> new Rescheduler().replayAll(h, user.id(), settings));
            assertEquals(app.count("SELECT count(DISTINCT card_id) FROM reviews"), replayed.size());
            replayed.forEach((id, state) -> {
                CardState saved = app.jdbi.withHandle(h -> new CardDao().findById(h, id)).orElseThrow().state();
                assertEquals(saved.phase(), state.phase());
                assertEquals(saved.stability(), state.stability(), 1e-12);
                assertEquals(saved.difficulty(), state.difficulty(), 1e-12);
                assertEquals(saved.reps(), state.reps());
                assertEquals(saved.lapses(), state.lapses());
                assertEquals(saved.lastReview(), state.lastReview());
                // The service also balanced load across the fuzz range; the replay draws plain fuzz in the same range.
                long apart = Math.abs(ChronoUnit.DAYS.between(saved.due(), state.due()));
                int widest = FuzzRange.of(Math.max(saved.scheduledDays(), state.scheduledDays()), 0, 36500).size();
                assertTrue(apart < widest, id + ": " + saved.due() + " vs " + state.due());
                if (saved.phase() != Phase.REVIEW) {
                    assertEquals(saved.due(), state.due(), "learning steps have no fuzz: exactly the same");
                }
            });
        }
    }
}
