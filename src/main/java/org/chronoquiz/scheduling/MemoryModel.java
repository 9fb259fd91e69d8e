package org.chronoquiz.scheduling;

/**
 * The FSRS-6 formulas of fsrs.md section 3: forgetting curve, interval, and the stability and difficulty
 * updates. Pure arithmetic over one set of 21 weights; knows nothing of steps, phases or dates.
 */
public final class MemoryModel {
    public static final double S_MIN = 0.001;
    public static final double S_MAX = 36500;
    public static final double D_MIN = 1;
    public static final double D_MAX = 10;

    private final double[] w;
    private final boolean shortTerm;
    private final double decay;
    private final double factor;
    private final double easyInitialDifficulty;
    private final double forgetCeilingDivisor;

    /** @param w 21 weights, already validated (see {@link Weights}) */
    public MemoryModel(double[] w, boolean shortTerm) {
        if (w.length != Weights.FSRS6) {
            throw new IllegalArgumentException("the memory model needs 21 weights, not " + w.length);
        }
        this.w = w.clone();
        this.shortTerm = shortTerm;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1; // makes R(S, S) = 0.9
        this.easyInitialDifficulty = rawInitialDifficulty(4); // mean-reversion target, deliberately unclamped
        // Long-term mode ignores w17/w18, so a lapse can at most keep the old stability.
        this.forgetCeilingDivisor = shortTerm ? Math.exp(w[17] * w[18]) : 1;
    }

    /** Probability of recall {@code t} days after a review that left stability {@code s}. */
    public double retrievability(double t, double s) {
        return Math.pow(1 + factor * t / s, decay);
    }

    /** Days until recall probability falls to {@code retention}, unrounded. */
    public double interval(double s, double retention) {
        return s / factor * (Math.pow(retention, 1 / decay) - 1);
    }

    /** Whole days, half rounded up, clamped to [1, maximumInterval]. */
    public int intervalDays(double s, double retention, int maximumInterval) {
        long days = Math.round(interval(s, retention));
        return (int) Math.min(Math.max(days, 1), maximumInterval);
    }

    public double initialStability(int g) {
        return clampS(w[g - 1]);
    }

    public double initialDifficulty(int g) {
        return clampD(rawInitialDifficulty(g));
    }

    /** Difficulty after rating {@code g}: linear damping, then mean reversion towards D0(Easy). */
    public double nextDifficulty(double d, int g) {
        double delta = -w[6] * (g - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampD(w[7] * easyInitialDifficulty + (1 - w[7]) * damped);
    }

    /**
     * Stability after rating {@code g} given {@code elapsedDays} whole days since the last review; uses the
     * old difficulty {@code d}, as every reference does.
     */
    public double nextStability(double s, double d, long elapsedDays, int g) {
        if (elapsedDays == 0 && shortTerm) {
            return shortTermStability(s, g);
        }
        double r = retrievability(elapsedDays, s); // 1 when elapsedDays == 0, which long-term mode relies on
        return g == 1 ? forgetStability(s, d, r) : recallStability(s, d, r, g);
    }

    public double recallStability(double s, double d, double r, int g) {
        double hardPenalty = g == 2 ? w[15] : 1;
        double easyBonus = g == 4 ? w[16] : 1;
        double inc = Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus;
        return clampS(s * (1 + inc));
    }

    public double forgetStability(double s, double d, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return clampS(Math.min(longTerm, s / forgetCeilingDivisor));
    }

    public double shortTermStability(double s, int g) {
        double inc = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(s, -w[19]);
        if (g >= 2) {
            inc = Math.max(inc, 1); // our decision (fsrs.md section 0): a pass never lowers stability
        }
        return clampS(s * inc);
    }

    private double rawInitialDifficulty(int g) {
        return w[4] - Math.exp(w[5] * (g - 1)) + 1;
    }

    private static double clampS(double s) {
        return Math.min(Math.max(s, S_MIN), S_MAX);
    }

    private static double clampD(double d) {
        return Math.min(Math.max(d, D_MIN), D_MAX);
    }
}
