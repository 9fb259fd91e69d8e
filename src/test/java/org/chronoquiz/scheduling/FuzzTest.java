package org.chronoquiz.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FuzzTest {
    private static final Instant T0 = Instant.parse("2022-11-29T12:30:00Z");
    private final Scheduler fuzzy = new Scheduler(SchedulerSettings.defaults().withFuzz(true));

    @Test
    void fuzz_range_matches_the_spec_examples() {
        assertEquals(new FuzzRange(8, 12), FuzzRange.of(10, 0, 36500));
        assertEquals(new FuzzRange(93, 107), FuzzRange.of(100, 0, 36500));
    }

    @Test
    void short_intervals_are_not_fuzzed_and_the_range_respects_limits() {
        assertEquals(new FuzzRange(2, 2), FuzzRange.of(2, 0, 36500));
        assertEquals(new FuzzRange(8, 10), FuzzRange.of(10, 0, 10));
        assertEquals(new FuzzRange(10, 12), FuzzRange.of(10, 9, 36500)); // never shorter than the last gap
    }

    @Test
    void pick_uses_floor_and_stays_inside_the_range() {
        FuzzRange r = new FuzzRange(8, 12);
        assertEquals(8, r.pick(0.0));
        assertEquals(12, r.pick(0.9999999));
        assertEquals(10, r.pick(0.5));
    }

    @Test
    void the_fuzz_draw_is_the_first_double_of_a_splittable_random_with_that_seed() {
        // every schedule stored so far was drawn with new SplittableRandom(seed).nextDouble(); the picker computes the
        // same number without the generator, and must go on giving the very same days
        var seeds = new java.util.SplittableRandom(42);
        for (long seed : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x9E3779B97F4A7C15L}) {
            assertEquals(new java.util.SplittableRandom(seed).nextDouble(), IntervalPicker.firstDouble(seed), 0.0);
        }
        for (int i = 0; i < 100_000; i++) {
            long seed = seeds.nextLong();
            assertEquals(new java.util.SplittableRandom(seed).nextDouble(), IntervalPicker.firstDouble(seed), 0.0);
        }
    }

    /** A card in Review whose Good interval is 100 days unfuzzed. */
    private static CardState reviewCard() {
        return new CardState(Phase.REVIEW, 0, 100, 5, T0, T0.minusSeconds(100L * 86400), 100, 5, 0);
    }

    @Test
    void the_same_seed_gives_the_same_interval_and_seeds_spread_over_the_range() {
        CardState card = reviewCard();
        Scheduler plain = new Scheduler(SchedulerSettings.defaults());
        int unfuzzed = plain.review(card, Rating.GOOD, T0, 0).scheduledDays();
        FuzzRange range = FuzzRange.of(unfuzzed, 100, 36500);
        Set<Integer> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            int days = fuzzy.review(card, Rating.GOOD, T0, seed).scheduledDays();
            assertEquals(days, fuzzy.review(card, Rating.GOOD, T0, seed).scheduledDays());
            assertTrue(days >= range.min() && days <= range.max(), days + " outside " + range);
            seen.add(days);
        }
        assertTrue(seen.size() > range.size() / 2, "seeds should spread over the range: " + seen);
    }

    @Test
    void load_balancing_picks_the_emptiest_day_the_fuzz_range_allows() {
        CardState card = reviewCard();
        int unfuzzed = new Scheduler(SchedulerSettings.defaults()).review(card, Rating.GOOD, T0, 0).scheduledDays();
        FuzzRange range = FuzzRange.of(unfuzzed, 100, 36500);
        LocalDate quiet = LocalDate.of(2022, 11, 29).plusDays(range.min() + 2);
        DueLoad load = DueLoad.daily(day -> day.equals(quiet) ? 3 : 40);
        for (long seed = 0; seed < 20; seed++) {
            CardState next = fuzzy.review(card, Rating.GOOD, T0, seed, load);
            assertEquals(range.min() + 2, next.scheduledDays());
            assertEquals(next, fuzzy.preview(card, T0, seed, load).get(Rating.GOOD));
        }
        // Outside the range an empty day is not chosen: fuzz bounds stay.
        DueLoad emptyFarAway = DueLoad.daily(day -> day.isAfter(LocalDate.of(2022, 11, 29).plusDays(range.max())) ? 0 : 10);
        int days = fuzzy.review(card, Rating.GOOD, T0, 1, emptyFarAway).scheduledDays();
        assertTrue(days >= range.min() && days <= range.max());
    }

    @Test
    void equally_loaded_days_are_shared_deterministically_by_seed() {
        CardState card = reviewCard();
        DueLoad flat = DueLoad.daily(day -> 7);
        Set<Integer> seen = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            int days = fuzzy.review(card, Rating.GOOD, T0, seed, flat).scheduledDays();
            assertEquals(days, fuzzy.review(card, Rating.GOOD, T0, seed, flat).scheduledDays());
            seen.add(days);
        }
        assertTrue(seen.size() > 3, "ties should spread: " + seen);
    }

    @Test
    void without_fuzz_the_load_is_ignored() {
        CardState card = reviewCard();
        Scheduler plain = new Scheduler(SchedulerSettings.defaults());
        assertEquals(plain.review(card, Rating.GOOD, T0, 3),
                plain.review(card, Rating.GOOD, T0, 3, DueLoad.daily(day -> day.getDayOfMonth())));
    }
}
