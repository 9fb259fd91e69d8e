package org.chronoquiz.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizerTest {
    private final Optimizer optimizer = new Optimizer(SchedulerSettings.defaults());

    @Test
    void fitting_histories_from_known_weights_lowers_log_loss_below_the_defaults() {
        List<CardHistory> log = SyntheticHistories.generate(SyntheticHistories.TRUE_WEIGHTS, 200, 8, 1);
        FitResult fit = optimizer.fit(log);
        assertFalse(fit.keptDefaults(), fit.reason());
        assertEquals(1600, fit.reviews());
        assertEquals(1400, fit.items());
        assertTrue(fit.logLossAfter() < fit.logLossBefore(), fit.logLossAfter() + " vs " + fit.logLossBefore());
        assertTrue(fit.rmseAfter() < fit.rmseBefore(), fit.rmseAfter() + " vs " + fit.rmseBefore());
        // The fitted curve should move towards the truth's slower decay.
        assertTrue(fit.weights()[20] > SchedulerSettings.DEFAULT_WEIGHTS[20], "decay " + fit.weights()[20]);
        for (int i = 0; i < 21; i++) {
            double w = fit.weights()[i];
            assertTrue(w >= Weights.min(i, true) && w <= Weights.max(i), "w" + i + " = " + w + " out of bounds");
        }
    }

    @Test
    void training_items_are_reviews_after_the_first_with_a_day_elapsed_predicted_from_the_state_before() {
        Instant t0 = Instant.parse("2024-01-01T09:00:00Z");
        CardHistory card = new CardHistory(List.of(new ReviewLog(t0, Rating.GOOD),
                new ReviewLog(t0.plusSeconds(600), Rating.GOOD),             // same day: state only, no item
                new ReviewLog(t0.plus(Duration.ofDays(2)), Rating.AGAIN)));  // item: label 0
        TrainingSet data = new TrainingSet(List.of(card), new LearnerDays(ZoneOffset.UTC, 0), true);
        assertEquals(3, data.reviews());
        assertEquals(1, data.items());
        MemoryModel m = new MemoryModel(SchedulerSettings.DEFAULT_WEIGHTS, true);
        double s = m.nextStability(m.initialStability(3), m.initialDifficulty(3), 0, 3);
        double p = m.retrievability(2, s);
        assertEquals(-Math.log(1 - p), data.logLoss(SchedulerSettings.DEFAULT_WEIGHTS), 1e-12);
        assertEquals(p, data.rmseBins(SchedulerSettings.DEFAULT_WEIGHTS), 1e-12); // one item: |p - 0|
    }

    @Test
    void the_fit_is_deterministic() {
        List<CardHistory> log = SyntheticHistories.generate(SyntheticHistories.TRUE_WEIGHTS, 60, 8, 2);
        assertArrayEquals(optimizer.fit(log).weights(), optimizer.fit(log).weights());
    }

    @Test
    void fewer_than_four_hundred_reviews_keep_the_defaults() {
        List<CardHistory> log = SyntheticHistories.generate(SyntheticHistories.TRUE_WEIGHTS, 49, 8, 3);
        FitResult fit = optimizer.fit(log);
        assertEquals(392, fit.reviews());
        assertTrue(fit.keptDefaults());
        assertTrue(fit.reason().contains("392 reviews"), fit.reason());
        assertArrayEquals(SchedulerSettings.DEFAULT_WEIGHTS, fit.weights());
        assertEquals(fit.logLossBefore(), fit.logLossAfter());
    }

    @Test
    void data_the_defaults_already_explain_keeps_them_when_no_better_fit_exists() {
        // Every review the same day: nothing to predict, so nothing to fit.
        List<CardHistory> sameDay = SyntheticHistories.generate(SchedulerSettings.DEFAULT_WEIGHTS, 100, 5, 4).stream()
                .map(h -> new CardHistory(h.reviews().stream()
                        .map(r -> new ReviewLog(h.reviews().get(0).at(), r.rating())).toList()))
                .toList();
        FitResult fit = optimizer.fit(sameDay);
        assertTrue(fit.keptDefaults());
        assertEquals(0, fit.items());
        assertTrue(Double.isNaN(fit.logLossBefore()));
    }
}
