package org.chronoquiz.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkloadForecastTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final SchedulerSettings SETTINGS = SchedulerSettings.defaults();

    private static CardState reviewCard(double stability, int dueInDays) {
        Instant last = NOW.minusSeconds(86_400L * 3);
        return new CardState(Phase.REVIEW, 0, stability, 5, NOW.plusSeconds(86_400L * dueInDays), last, 3, 4, 0);
    }

    @Test
    void a_card_due_beyond_the_horizon_costs_nothing_and_new_cards_are_not_counted() {
        var forecast = new WorkloadForecast(SETTINGS);
        double[] days = forecast.perDay(List.of(reviewCard(500, 40), CardState.fresh(NOW)), NOW, 30);
        assertEquals(0, java.util.Arrays.stream(days).sum(), 1e-12);
    }

    @Test
    void a_card_due_today_is_reviewed_once_today_and_its_outcomes_add_up_to_it() {
        var forecast = new WorkloadForecast(SETTINGS);
        double[] days = forecast.perDay(List.of(reviewCard(3, 0)), NOW, 30);
        // Recalled or forgotten, the review happens; forgotten adds a relearning step the same day.
        assertTrue(days[0] >= 1.0 && days[0] < 2.0, "today: " + days[0]);
        assertTrue(java.util.Arrays.stream(days).skip(1).sum() > 1, "a short-stability card comes back within a month");
    }

    @Test
    void an_overdue_card_is_counted_today() {
        double[] days = new WorkloadForecast(SETTINGS).perDay(List.of(reviewCard(3, -5)), NOW, 30);
        assertTrue(days[0] >= 1.0, "overdue means due now: " + days[0]);
    }

    @Test
    void higher_retention_means_more_reviews() {
        List<CardState> cards = List.of(reviewCard(2, 0), reviewCard(10, 3), reviewCard(30, 12), reviewCard(5, 1));
        double low = new WorkloadForecast(SETTINGS.withDesiredRetention(0.8)).meanPerDay(cards, NOW, 30);
        double high = new WorkloadForecast(SETTINGS.withDesiredRetention(0.97)).meanPerDay(cards, NOW, 30);
        assertTrue(high > low * 1.5, low + " vs " + high);
    }
}
