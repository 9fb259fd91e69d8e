package org.chronoquiz.settings;

import org.chronoquiz.TestApp;
import org.chronoquiz.accounts.User;
import org.chronoquiz.flashcards.Card;
import org.chronoquiz.flashcards.Flashcards;
import org.chronoquiz.flashcards.LearnerScheduling;
import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.Phase;
import org.chronoquiz.scheduling.Rating;
import org.chronoquiz.scheduling.Scheduler;
import org.chronoquiz.scheduling.SchedulerSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Gives a test learner a review history by reviewing through the service, as the review page does. */
public final class Learners {
    private Learners() {
    }

    /** Adds {@code n} more flashcard questions to the fixture deck, so a learner can build a long log. */
    public static void addCards(TestApp app, int n) {
        long deck = app.deckId();
        app.jdbi.useHandle(h -> {
            for (int i = 0; i < n; i++) {
                h.execute("""
                        INSERT INTO questions (deck_id, qkey, type, prompt, answer, origin, created_at, updated_at)
                        VALUES (?, ?, 'cloze', ?, '1990', 'instructor', 0, 0)""", deck, "extra-" + i, "Extra _____ " + i);
            }
        });
    }

    /**
     * Reviews whatever is due until {@code reviews} are stored, jumping the clock to the next due card when
     * nothing is due. The learner remembers a review card with probability R^3 (they forget faster than the
     * defaults predict), so a fit has something to find; learning steps are passed with Good.
     */
    public static void study(TestApp app, User user, int reviews, long seed) {
        Flashcards flashcards = new Flashcards(app.jdbi, app.writer(), app.clock, new LearnerScheduling());
        flashcards.study(user, app.deckId()); // "Add to my reviews" on the deck page
        Scheduler model = new Scheduler(new LearnerScheduling().settings(user));
        Random random = new Random(seed);
        int done = 0;
        while (done < reviews) {
            List<Card> due = flashcards.due(user, 0, 500);
            if (due.isEmpty()) {
                long next = app.count("SELECT min(due) FROM cards WHERE phase <> 'NEW'");
                app.clock.set(Instant.ofEpochMilli(Math.max(next, app.clock.millis() + Duration.ofHours(1).toMillis())));
                continue;
            }
            for (Card c : due) {
                if (done++ >= reviews) {
                    break;
                }
                CardState s = c.state();
                double recall = s.phase() == Phase.REVIEW ? Math.pow(model.retrievability(s, app.clock.instant()), 3) : 1;
                int rating = random.nextDouble() < recall ? Rating.GOOD.value() : Rating.AGAIN.value();
                flashcards.review(user, c.id(), rating, UUID.randomUUID().toString());
            }
            app.clock.advance(Duration.ofMinutes(10));
        }
    }

    /** What a card is after replaying its stored reviews under {@code settings}, seeded as the service seeds fuzz. */
    public static CardState replayed(TestApp app, long cardId, SchedulerSettings settings) {
        Scheduler scheduler = new Scheduler(settings);
        List<Map<String, Object>> rows = app.jdbi.withHandle(h -> h.createQuery(
                "SELECT rating, reviewed_at FROM reviews WHERE card_id = :id ORDER BY reviewed_at, id")
                .bind("id", cardId).mapToMap().list());
        CardState state = CardState.fresh(Instant.EPOCH);
        for (Map<String, Object> r : rows) {
            state = scheduler.review(state, Rating.of(((Number) r.get("rating")).intValue()),
                    Instant.ofEpochMilli(((Number) r.get("reviewed_at")).longValue()), cardId * 1_000_003L + state.reps());
        }
        return state;
    }

    /** The service's settings for a learner, written out here so the test does not trust the code it checks. */
    public static SchedulerSettings settings(double retention, String zone, double[] weights) {
        return SchedulerSettings.defaults().withWeights(weights).withDesiredRetention(retention).withFuzz(true)
                .withDay(ZoneId.of(zone), 4);
    }
}
