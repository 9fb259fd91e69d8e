package org.chronoquiz.scheduling;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Scheduler settings, validated on construction so a {@link Scheduler} never sees a bad value.
 * Weights may be given as 21, 19 (FSRS-5) or 17 (FSRS-4.5) numbers; they are stored converted to 21 and
 * clamped to the references' bounds (see {@link Weights}).
 *
 * @param desiredRetention target recall probability at the due date, strictly between 0 and 1
 * @param shortTerm        true: learning steps and the same-day stability model; false: ts-fsrs long-term mode
 * @param maximumInterval  longest interval in days, 1..36500
 * @param fuzz             spread review intervals (a seeded, reproducible draw per review)
 * @param zone             the learner's time zone, for counting elapsed calendar days
 * @param rolloverHour     hour (0..23) at which the learner's day starts, as Anki's "next day starts at"
 */
public record SchedulerSettings(double[] weights, double desiredRetention, List<Duration> learningSteps,
                                List<Duration> relearningSteps, boolean shortTerm, int maximumInterval,
                                boolean fuzz, ZoneId zone, int rolloverHour) {
    public static final double[] DEFAULT_WEIGHTS = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
            1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    public static final int MAX_INTERVAL_CAP = 36500;

    public SchedulerSettings {
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be strictly between 0 and 1, not " + desiredRetention);
        }
        learningSteps = checkSteps("learning steps", learningSteps);
        relearningSteps = checkSteps("relearning steps", relearningSteps);
        if (maximumInterval < 1 || maximumInterval > MAX_INTERVAL_CAP) {
            throw new IllegalArgumentException("maximum interval must be 1.." + MAX_INTERVAL_CAP + " days, not " + maximumInterval);
        }
        Objects.requireNonNull(zone, "zone");
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("rollover hour must be 0..23, not " + rolloverHour);
        }
        weights = Weights.prepare(weights, relearningSteps.size(), shortTerm);
    }

    /** The reference defaults: FSRS-6 weights, 0.9 retention, 1m 10m / 10m steps, no fuzz, UTC midnight rollover. */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(DEFAULT_WEIGHTS.clone(), 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), true, 36500, false, ZoneId.of("UTC"), 0);
    }

    /** A copy, so callers cannot change the weights of a scheduler built from these settings. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    public SchedulerSettings withWeights(double[] w) {
        return new SchedulerSettings(w, desiredRetention, learningSteps, relearningSteps, shortTerm, maximumInterval,
                fuzz, zone, rolloverHour);
    }

    public SchedulerSettings withDesiredRetention(double r) {
        return new SchedulerSettings(weights, r, learningSteps, relearningSteps, shortTerm, maximumInterval, fuzz, zone,
                rolloverHour);
    }

    public SchedulerSettings withSteps(List<Duration> learning, List<Duration> relearning) {
        return new SchedulerSettings(weights, desiredRetention, learning, relearning, shortTerm, maximumInterval, fuzz,
                zone, rolloverHour);
    }

    public SchedulerSettings withShortTerm(boolean on) {
        return new SchedulerSettings(weights, desiredRetention, learningSteps, relearningSteps, on, maximumInterval,
                fuzz, zone, rolloverHour);
    }

    public SchedulerSettings withMaximumInterval(int days) {
        return new SchedulerSettings(weights, desiredRetention, learningSteps, relearningSteps, shortTerm, days, fuzz,
                zone, rolloverHour);
    }

    public SchedulerSettings withFuzz(boolean on) {
        return new SchedulerSettings(weights, desiredRetention, learningSteps, relearningSteps, shortTerm,
                maximumInterval, on, zone, rolloverHour);
    }

    /** The learner's calendar: time zone and the hour their day starts. */
    public SchedulerSettings withDay(ZoneId z, int rollover) {
        return new SchedulerSettings(weights, desiredRetention, learningSteps, relearningSteps, shortTerm,
                maximumInterval, fuzz, z, rollover);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchedulerSettings s && Arrays.equals(weights, s.weights)
                && desiredRetention == s.desiredRetention && learningSteps.equals(s.learningSteps)
                && relearningSteps.equals(s.relearningSteps) && shortTerm == s.shortTerm
                && maximumInterval == s.maximumInterval && fuzz == s.fuzz && zone.equals(s.zone)
                && rolloverHour == s.rolloverHour;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(weights), desiredRetention, learningSteps, relearningSteps, shortTerm,
                maximumInterval, fuzz, zone, rolloverHour);
    }

    @Override
    public String toString() {
        return "SchedulerSettings[weights=" + Arrays.toString(weights) + ", desiredRetention=" + desiredRetention
                + ", learningSteps=" + learningSteps + ", relearningSteps=" + relearningSteps + ", shortTerm="
                + shortTerm + ", maximumInterval=" + maximumInterval + ", fuzz=" + fuzz + ", zone=" + zone
                + ", rolloverHour=" + rolloverHour + "]";
    }

    private static List<Duration> checkSteps(String name, List<Duration> steps) {
        if (steps == null) {
            throw new IllegalArgumentException(name + " must be given (an empty list means none)");
        }
        for (Duration d : steps) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must all be positive durations, not " + d);
            }
        }
        return List.copyOf(steps);
    }
}
