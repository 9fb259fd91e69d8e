package org.chronoquiz.scheduling;

import java.time.Instant;
import java.time.LocalDate;

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
            return range.pick(firstDouble(seed));
        }
        return emptiest(range, now, seed, load);
    }

    /**
     * Asks the load once for the fuzz ranges of several intervals about to be picked (a review's three passing grades),
     * when they lie close together: their days from the first to the last at most twice the days they hold. A load
     * that keeps what it read (the service's reads the database) then answers each pick from that one read; the
     * picks themselves are unchanged. Ranges far apart are left to be asked one by one, so as not to read the months
     * between them.
     */
    void expect(int[] intervals, int elapsedDays, Instant now, DueLoad load) {
        if (!fuzz || load == null) {
            return;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int held = 0;
        int ranges = 0;
        for (int interval : intervals) {
            FuzzRange range = FuzzRange.of(interval, elapsedDays, maximumInterval);
            if (range.size() > 1) { // as pick: a range of one day asks no load
                lo = Math.min(lo, range.min());
                hi = Math.max(hi, range.max());
                held += range.size();
                ranges++;
            }
        }
        int span = hi - lo + 1;
        if (ranges > 1 && span <= 2 * held) {
            load.dueOn(days.dayOf(now).plusDays(lo), span);
        }
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
            double jitter = 0.999 * firstDouble(seed ^ (ivl * GOLDEN));
            double score = due[ivl - range.min()] + jitter;
            if (score < bestScore) {
                bestScore = score;
                best = ivl;
            }
        }
        return best;
    }

    /**
     * The first {@code nextDouble()} of {@code new SplittableRandom(seed)}, computed without making the generator:
     * one was made per day of the fuzz range, on every grade of every review and of every preview, and a fuzz range
     * is months wide for an interval of years. The same arithmetic as the JDK's (seed plus its golden gamma, the
     * MurmurHash3 mix, the top 53 bits), so every pick, and every stored schedule it reproduces, stays the same;
     * a test holds it to SplittableRandom itself.
     */
    static double firstDouble(long seed) {
        long z = seed + GOLDEN; // SplittableRandom(seed) uses GOLDEN as its gamma, and its first nextSeed() adds it
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
