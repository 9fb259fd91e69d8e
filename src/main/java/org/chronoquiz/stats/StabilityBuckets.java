package org.chronoquiz.stats;

import java.util.List;

/** How long the learner's started cards would stay at 90% recall: counts in widening buckets of days. */
public final class StabilityBuckets {
    /** Upper bounds in days; the last bucket is open. Widening, since stability grows roughly geometrically. */
    static final double[] UPPER = {1, 3, 7, 14, 30, 90, 180, 365};
    public static final List<String> LABELS = List.of("<1d", "1-3d", "3-7d", "1-2w", "2w-1m", "1-3m", "3-6m",
            "6-12m", ">1y");

    private StabilityBuckets() {
    }

    public static int[] counts(List<StatsDao.CardRow> cards) {
        int[] out = new int[UPPER.length + 1];
        for (StatsDao.CardRow c : cards) {
            int b = 0;
            while (b < UPPER.length && c.stability() >= UPPER[b]) {
                b++;
            }
            out[b]++;
        }
        return out;
    }
}
