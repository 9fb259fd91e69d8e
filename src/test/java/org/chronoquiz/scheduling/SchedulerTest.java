package org.chronoquiz.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedulerTest {
    private static final Instant T0 = Instant.parse("2022-11-29T12:30:00Z");
    private final Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());

    @Test
    void v4c_first_repeat_of_a_new_card() {
        Map<Rating, CardState> next = scheduler.preview(CardState.fresh(T0), T0, 0);
        double[] s = {0.212, 1.2931, 2.3065, 8.2956};
        double[] d = {6.4133, 5.11217071, 2.11810397, 1};
        int[] days = {0, 0, 0, 8};
        Phase[] phase = {Phase.LEARNING, Phase.LEARNING, Phase.LEARNING, Phase.REVIEW};
        Duration[] due = {Duration.ofMinutes(1), Duration.ofSeconds(330), Duration.ofMinutes(10), Duration.ofDays(8)};
        for (Rating r : Rating.values()) {
            CardState c = next.get(r);
            int i = r.ordinal();
            assertEquals(s[i], c.stability(), 1e-12);
            assertEquals(d[i], c.difficulty(), 1e-8);
            assertEquals(days[i], c.scheduledDays());
            assertEquals(phase[i], c.phase());
            assertEquals(1, c.reps());
            assertEquals(0, c.lapses());
            assertEquals(T0.plus(due[i]), c.due());
            assertEquals(T0, c.lastReview());
        }
    }

    @Test
    void v4d_retrievability_of_each_first_outcome_at_its_own_due() {
        Instant created = Instant.parse("2023-12-01T04:00:00Z");
        Instant repeated = Instant.parse("2023-12-01T04:05:00Z");
        Map<Rating, CardState> next = scheduler.preview(CardState.fresh(created), repeated, 0);
        double[] expected = {1, 1, 1, 0.9024733};
        for (Rating r : Rating.values()) {
            CardState c = next.get(r);
            assertEquals(expected[r.ordinal()], scheduler.retrievability(c, c.due()), 1e-8, r.name());
        }
        assertEquals(0, scheduler.retrievability(CardState.fresh(created), repeated));
    }

    @Test
    void v4b_memory_state_through_the_formulas_alone() {
        for (boolean shortTerm : new boolean[]{true, false}) {
            MemoryModel m = new MemoryModel(SchedulerSettings.DEFAULT_WEIGHTS, shortTerm);
            int[] ratings = {1, 3, 3, 3, 3, 3};
            int[] days = {0, 0, 1, 3, 8, 21};
            double s = m.initialStability(ratings[0]);
            double d = m.initialDifficulty(ratings[0]);
            for (int i = 1; i < ratings.length; i++) {
                double next = m.nextStability(s, d, days[i], ratings[i]);
                d = m.nextDifficulty(d, ratings[i]);
                s = next;
            }
            assertEquals(shortTerm ? 53.62691 : 53.335106, s, 5e-5);
            assertEquals(6.3574867, d, 5e-5);
        }
    }

    @Test
    void v2_memory_state_is_the_same_with_fuzz_on() {
        Scheduler fuzzy = new Scheduler(SchedulerSettings.defaults().withFuzz(true));
        int[] ratings = {1, 3, 3, 3, 3, 3};
        int[] days = {0, 0, 1, 3, 8, 21};
        Instant now = T0;
        CardState card = CardState.fresh(T0);
        for (int i = 0; i < ratings.length; i++) {
            now = now.plus(Duration.ofDays(days[i]));
            card = fuzzy.review(card, Rating.of(ratings[i]), now, i);
        }
        assertEquals(53.62691, card.stability(), 1e-4);
        assertEquals(6.3574867, card.difficulty(), 1e-4);
        assertEquals(6, card.reps());
    }

    @Test
    void interval_equals_stability_at_ninety_percent_retention() {
        MemoryModel m = new MemoryModel(SchedulerSettings.DEFAULT_WEIGHTS, true);
        assertEquals(37.0, m.interval(37.0, 0.9), 1e-9);
        assertEquals(0.9, m.retrievability(37.0, 37.0), 1e-12);
    }

    @Test
    void review_intervals_keep_hard_at_most_good_and_easy_above_good() {
        SplittableRandom random = new SplittableRandom(7);
        for (boolean fuzz : new boolean[]{false, true}) {
            Scheduler s = new Scheduler(SchedulerSettings.defaults().withFuzz(fuzz));
            for (int i = 0; i < 500; i++) {
                CardState card = new CardState(Phase.REVIEW, 0, 0.01 + random.nextDouble() * 400,
                        1 + random.nextDouble() * 9, T0, T0.minus(Duration.ofDays(random.nextInt(1, 400))), 10, 5, 0);
                Map<Rating, CardState> next = s.preview(card, T0, random.nextLong());
                int hard = next.get(Rating.HARD).scheduledDays();
                int good = next.get(Rating.GOOD).scheduledDays();
                int easy = next.get(Rating.EASY).scheduledDays();
                assertTrue(hard <= good && good < easy, hard + " " + good + " " + easy);
            }
        }
    }

    @Test
    void the_maximum_interval_caps_every_rating() {
        Scheduler capped = new Scheduler(SchedulerSettings.defaults().withMaximumInterval(10));
        CardState mature = new CardState(Phase.REVIEW, 0, 300, 3, T0, T0.minus(Duration.ofDays(300)), 300, 9, 0);
        Map<Rating, CardState> next = capped.preview(mature, T0, 0);
        for (Rating r : List.of(Rating.HARD, Rating.GOOD, Rating.EASY)) {
            assertEquals(10, next.get(r).scheduledDays(), r.name());
        }
    }

    @Test
    void long_term_mode_has_no_steps_and_orders_again_below_hard_below_good_below_easy() {
        Scheduler s = new Scheduler(SchedulerSettings.defaults().withShortTerm(false));
        CardState card = CardState.fresh(T0);
        for (int round = 0; round < 5; round++) {
            Map<Rating, CardState> next = s.preview(card, card.due(), round);
            int last = 0;
            for (Rating r : Rating.values()) {
                CardState c = next.get(r);
                assertEquals(Phase.REVIEW, c.phase());
                assertTrue(c.scheduledDays() > last, r + " after " + last);
                last = c.scheduledDays();
            }
            card = next.get(round == 2 ? Rating.AGAIN : Rating.GOOD);
        }
        assertEquals(1, card.lapses());
    }

    @Test
    void again_from_review_counts_a_lapse_and_without_relearning_steps_stays_in_review() {
        Scheduler noSteps = new Scheduler(SchedulerSettings.defaults().withSteps(List.of(Duration.ofMinutes(1)), List.of()));
        CardState review = noSteps.review(CardState.fresh(T0), Rating.EASY, T0, 0);
        CardState lapsed = noSteps.review(review, Rating.AGAIN, review.due(), 0);
        assertEquals(Phase.REVIEW, lapsed.phase());
        assertEquals(1, lapsed.lapses());
        assertTrue(lapsed.scheduledDays() >= 1);
    }

    @Test
    void no_learning_steps_sends_every_first_rating_to_review() {
        Scheduler s = new Scheduler(SchedulerSettings.defaults().withSteps(List.of(), List.of()));
        for (Rating r : Rating.values()) {
            assertEquals(Phase.REVIEW, s.review(CardState.fresh(T0), r, T0, 0).phase());
        }
    }

    @Test
    void a_step_removed_from_the_settings_graduates_the_card_on_a_pass() {
        CardState atStep1 = scheduler.review(CardState.fresh(T0), Rating.GOOD, T0, 0);
        Scheduler oneStep = new Scheduler(SchedulerSettings.defaults().withSteps(List.of(Duration.ofMinutes(1)),
                List.of(Duration.ofMinutes(10))));
        assertEquals(Phase.REVIEW, oneStep.review(atStep1, Rating.HARD, atStep1.due(), 0).phase());
        CardState again = oneStep.review(atStep1, Rating.AGAIN, atStep1.due(), 0);
        assertEquals(Phase.LEARNING, again.phase());
        assertEquals(0, again.step());
    }

    @Test
    void elapsed_days_follow_the_learners_calendar_and_rollover_hour() {
        // 23:30 and 01:00 next morning in Paris: one calendar day, but the same learner day with a 4 a.m. rollover.
        Instant evening = Instant.parse("2024-03-01T22:30:00Z");
        Instant night = Instant.parse("2024-03-02T00:00:00Z");
        assertEquals(1, new LearnerDays(ZoneId.of("Europe/Paris"), 0).between(evening, night));
        assertEquals(0, new LearnerDays(ZoneId.of("Europe/Paris"), 4).between(evening, night));
        assertEquals(0, new LearnerDays(ZoneId.of("UTC"), 0).between(evening, night.minusSeconds(1)));
    }

    @Test
    void review_due_keeps_the_wall_clock_time_across_daylight_saving() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Scheduler s = new Scheduler(SchedulerSettings.defaults().withDay(paris, 4));
        Instant beforeDst = Instant.parse("2024-03-25T08:00:00Z"); // 09:00 CET
        CardState c = s.review(CardState.fresh(beforeDst), Rating.EASY, beforeDst, 0);
        assertEquals(9, c.due().atZone(paris).getHour());
    }

    @Test
    void new_card_has_no_last_review_and_same_inputs_give_the_same_card() {
        CardState fresh = CardState.fresh(T0);
        assertNull(fresh.lastReview());
        Scheduler fuzzy = new Scheduler(SchedulerSettings.defaults().withFuzz(true));
        CardState a = fuzzy.review(fresh, Rating.EASY, T0, 99);
        assertEquals(a, fuzzy.review(fresh, Rating.EASY, T0, 99));
        assertEquals(a, fuzzy.preview(fresh, T0, 99).get(Rating.EASY));
    }
}
