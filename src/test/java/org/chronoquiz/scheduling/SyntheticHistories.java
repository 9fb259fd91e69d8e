package org.chronoquiz.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Review logs of simulated learners whose memory follows FSRS with known weights: each review recalls
 * with probability R under those weights, and reviews come at jittered intervals so elapsed times vary.
 */
public final class SyntheticHistories {
    /** Far from the defaults on purpose (slower forgetting curve, higher initial stabilities). */
    public static final double[] TRUE_WEIGHTS = {0.6, 2.2, 4.5, 14.0, 6.0, 0.9, 2.5, 0.01, 1.5, 0.2, 1.2, 1.9,
            0.1, 0.35, 1.5, 0.5, 2.2, 0.5, 0.1, 0.06, 0.45};
    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");

    private SyntheticHistories() {
    }

    public static List<CardHistory> generate(double[] weights, int cards, int reviewsPerCard, long seed) {
        MemoryModel truth = new MemoryModel(weights, true);
        SplittableRandom random = new SplittableRandom(seed);
        List<CardHistory> out = new ArrayList<>(cards);
        for (int c = 0; c < cards; c++) {
            Instant at = START.plus(Duration.ofDays(random.nextInt(60)));
            int g = firstRating(random);
            double s = truth.initialStability(g);
            double d = truth.initialDifficulty(g);
            List<ReviewLog> logs = new ArrayList<>(reviewsPerCard);
            logs.add(new ReviewLog(at, Rating.of(g)));
            for (int i = 1; i < reviewsPerCard; i++) {
                double jitter = 0.5 + 1.5 * random.nextDouble();
                int days = (int) Math.max(1, Math.round(truth.interval(s, 0.9) * jitter));
                at = at.plus(Duration.ofDays(days));
                boolean recalled = random.nextDouble() < truth.retrievability(days, s);
                g = recalled ? passRating(random) : 1;
                double next = truth.nextStability(s, d, days, g);
                d = truth.nextDifficulty(d, g);
                s = next;
                logs.add(new ReviewLog(at, Rating.of(g)));
            }
            out.add(new CardHistory(logs));
        }
        return out;
    }

    private static int firstRating(SplittableRandom random) {
        double u = random.nextDouble();
        return u < 0.2 ? 1 : u < 0.3 ? 2 : u < 0.9 ? 3 : 4;
    }

    private static int passRating(SplittableRandom random) {
        double u = random.nextDouble();
        return u < 0.15 ? 2 : u < 0.85 ? 3 : 4;
    }
}
