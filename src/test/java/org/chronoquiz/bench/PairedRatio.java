package org.chronoquiz.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Times a workload against its baseline in alternating rounds and reports the median of the per-round
 * ratios. On a shared machine the load drifts within seconds; JMH runs one method after the other, so a
 * drift between them lands in the ratio. Alternating rounds cancel most of it.
 */
final class PairedRatio {
    private long sink; // results fold in here so the JIT cannot drop the work

    /** Result: median of (workload time per op) / (baseline time per op), and the spread across rounds. */
    record Result(double median, double min, double max, double baselineSecondsPerOp, double workloadSecondsPerOp) {
    }

    Result measure(LongSupplier baseline, int baselineOps, LongSupplier workload, int workloadOps, int rounds) {
        for (int i = 0; i < 2; i++) { // warm-up: both paths compiled before timing
            time(baseline, baselineOps);
            time(workload, workloadOps);
        }
        double[] ratios = new double[rounds];
        double[] base = new double[rounds];
        double[] work = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            base[i] = time(baseline, baselineOps);
            work[i] = time(workload, workloadOps);
            ratios[i] = work[i] / base[i];
        }
        Arrays.sort(ratios);
        Arrays.sort(base);
        Arrays.sort(work);
        if (sink == 42) {
            System.out.print(""); // keeps sink observable
        }
        return new Result(ratios[rounds / 2], ratios[0], ratios[rounds - 1], base[rounds / 2], work[rounds / 2]);
    }

    /** Seconds per call of {@code op}, over {@code ops} calls. */
    private double time(LongSupplier op, int ops) {
        long start = System.nanoTime();
        for (int i = 0; i < ops; i++) {
            sink += op.getAsLong();
        }
        return (System.nanoTime() - start) / 1e9 / ops;
    }
}
