package org.chronoquiz.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Chooses the review interval actually scheduled: unchanged without fuzz, a seeded draw from the fuzz
 * range with it, or, when the caller knows the due load, the emptiest day of that range.
 */
final class IntervalPicker {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private final boolean fuzz;
    private final int maximumInterval;
    private final LearnerDays days;

    IntervalPicker(boolean fuzz, int maximumInterval, LearnerDays days) {
        this.fuzz = fuzz;
        this.maximumInterval = maximumInterval;
        this.days = days;
    }

    /**
     * @param seed reproducibility: the same seed gives the same day, so a preview matches the review that follows
     * @param load cards already due per day, or null for plain fuzz
     */
    int pick(int interval, int elapsedDays, Instant now, long seed, DueLoad load) {
        if (!fuzz) {
            return interval;
        }
        FuzzRange range = FuzzRange.of(interval, elapsedDays, maximumInterval);
        if (range.size() == 1) {
            return range.min();
        }
        if (load == null) {
            return range.pick(new SplittableRandom(seed).nextDouble());
        }
        return emptiest(range, now, seed, load);
    }

    /**
     * Fewest cards due wins. A seeded jitter below 1 only breaks ties between equally loaded days, so the
     * choice stays deterministic per card and review and equal days still share the load.
     */
    private int emptiest(FuzzRange range, Instant now, long seed, DueLoad load) {
        LocalDate today = days.dayOf(now); // learner days, so the day a due falls on is today + interval
        int[] due = load.dueOn(today.plusDays(range.min()), range.size());
        int best = range.min();
        double bestScore = Double.POSITIVE_INFINITY;
        for (int ivl = range.min(); ivl <= range.max(); ivl++) {
            double jitter = 0.999 * new SplittableRandom(seed ^ (ivl * GOLDEN)).nextDouble();
            double score = due[ivl - range.min()] + jitter;
            if (score < bestScore) {
                bestScore = score;
                best = ivl;
            }
        }
        return best;
    }
}
