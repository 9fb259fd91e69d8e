package org.chronoquiz.scheduling;

/**
 * Turns a parameter set brought by a user into the 21 FSRS-6 weights the scheduler uses.
 * Stateless; every method returns a fresh array.
 */
public final class Weights {
    public static final int FSRS6 = 21;
    public static final int FSRS5 = 19;
    public static final int FSRS45 = 17;
    private static final double FSRS5_DEFAULT_DECAY = 0.5;

    // Bounds of fsrs-rs clip_parameters / ts-fsrs CLAMP_PARAMETERS (fsrs.md section 6).
    private static final double[] MIN = {0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001,
            0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1};
    private static final double[] MAX = {100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6,
            2, 2, 0.8, 0.8};

    private Weights() {
    }

    /**
     * Validates and converts 21, 19 (FSRS-5) or 17 (FSRS-4.5) weights to 21, without clamping.
     *
     * @throws IllegalArgumentException naming the problem: a null array, a wrong count or a non-finite value
     */
    public static double[] toFsrs6(double[] raw) {
        if (raw == null) {
            throw new IllegalArgumentException("weights must be given (21, 19 or 17 numbers)");
        }
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isFinite(raw[i])) {
                throw new IllegalArgumentException("weights[" + i + "] must be a finite number, not " + raw[i]);
            }
        }
        return switch (raw.length) {
            case FSRS6 -> raw.clone();
            case FSRS5 -> append(raw, 0.0, FSRS5_DEFAULT_DECAY);
            case FSRS45 -> fromFsrs45(raw);
            default -> throw new IllegalArgumentException("weights must have 21 (FSRS-6), 19 (FSRS-5) or 17 (FSRS-4.5) "
                    + "numbers, not " + raw.length);
        };
    }

    /**
     * What {@link SchedulerSettings} stores: validated, clamped in the set's own version, then converted
     * to 21. Clamping before converting (as ts-fsrs does) keeps an FSRS-5 set's w19 = 0, which the
     * FSRS-6 lower bound of 0.01 would otherwise change.
     */
    public static double[] prepare(double[] raw, int relearningSteps, boolean shortTerm) {
        toFsrs6(raw); // validates length and finiteness first, so the error names the real problem
        return toFsrs6(clamp(raw, relearningSteps, shortTerm));
    }

    /** Lower bound of weight {@code i}. */
    public static double min(int i, boolean shortTerm) {
        return i == 19 && !shortTerm ? 0.0 : MIN[i];
    }

    /** Upper bound of weight {@code i} (w17, w18 depend on the relearning steps, see {@link #clamp}). */
    public static double max(int i) {
        return MAX[i];
    }

    /**
     * Clamps 21 weights (or the leading 19 or 17 of an older set) into the bounds the references enforce, so a hand-edited set cannot make the
     * formulas diverge. With several relearning steps w17/w18 get a lower ceiling so that the same-day
     * boosts of the extra steps cannot push a forgotten card's stability above its pre-lapse value.
     */
    public static double[] clamp(double[] w, int relearningSteps, boolean shortTerm) {
        double[] out = w.clone();
        for (int i = 0; i < Math.min(out.length, FSRS6); i++) {
            out[i] = Math.min(Math.max(out[i], min(i, shortTerm)), MAX[i]);
        }
        if (relearningSteps > 1 && out.length > 18) {
            double value = -(Math.log(out[11]) + Math.log(Math.pow(2, out[13]) - 1) + 0.3 * out[14]) / relearningSteps;
            double ceiling = Math.min(Math.max(Math.sqrt(Math.max(value, 0.01)), 0.01), 2.0);
            out[17] = Math.min(out[17], ceiling);
            out[18] = Math.min(out[18], ceiling);
        }
        return out;
    }

    private static double[] fromFsrs45(double[] w) {
        double[] v = w.clone();
        v[4] = w[4] + 2 * w[5];
        v[5] = Math.log(1 + 3 * w[5]) / 3;
        v[6] = w[6] + 0.5;
        return append(v, 0.0, 0.0, 0.0, FSRS5_DEFAULT_DECAY);
    }

    private static double[] append(double[] head, double... tail) {
        double[] out = new double[head.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
