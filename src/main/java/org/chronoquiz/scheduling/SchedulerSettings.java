package org.chronoquiz.scheduling;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Scheduler settings (stub; weights validation to be written). */
public record SchedulerSettings(double[] weights, double desiredRetention, List<Duration> learningSteps,
                                List<Duration> relearningSteps, boolean shortTerm, int maximumInterval,
                                boolean fuzz, ZoneId zone, int rolloverHour) {
    public static final double[] DEFAULT_WEIGHTS = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
            1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    /** The reference defaults: FSRS-6 weights, 0.9 retention, 1m 10m / 10m steps, no fuzz, UTC midnight rollover. */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(DEFAULT_WEIGHTS.clone(), 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), true, 36500, false, ZoneId.of("UTC"), 0);
    }
}
