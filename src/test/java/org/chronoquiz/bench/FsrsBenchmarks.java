package org.chronoquiz.bench;

import org.chronoquiz.scheduling.CardHistory;
import org.chronoquiz.scheduling.FitResult;
import org.chronoquiz.scheduling.Optimizer;
import org.chronoquiz.scheduling.SchedulerSettings;
import org.chronoquiz.scheduling.SyntheticHistories;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The FSRS figures: scheduler throughput and 100,000-history replay, each as a ratio to a baseline from the
 * same run, plus the optimizer's wall time on 10,000 reviews. Short runs: the machine is shared.
 */
final class FsrsBenchmarks {
    private FsrsBenchmarks() {
    }

    static void run() throws Exception {
        Options scheduler = new OptionsBuilder()
                .include(SchedulerBenchmark.class.getName())
                .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                .build();
        Collection<RunResult> s = new Runner(scheduler).run();
        Options replay = new OptionsBuilder()
                .include(ReplayBenchmark.class.getName())
                .forks(1).warmupIterations(1).measurementIterations(3)
                .jvmArgsAppend("-Xmx1g")
                .build();
        Collection<RunResult> r = new Runner(replay).run();

        double curve = score(s, "baselineForgettingCurve");
        double review = score(s, "review");
        double fuzzed = score(s, "reviewWithFuzzAndLoad");
        double parse = score(r, "baselineJacksonParse");
        double replayed = score(r, "replay");
        System.out.println();
        System.out.println("== FSRS benchmark summary ==");
        System.out.printf("forgetting curve (baseline): %,.0f evaluations/s%n", curve);
        System.out.printf("scheduler review:            %,.0f reviews/s  = %.4f x baseline (1 review = %.1f curve evals)%n",
                review, review / curve, curve / review);
        System.out.printf("review with fuzz + load:     %,.0f reviews/s  = %.4f x baseline%n", fuzzed, fuzzed / curve);
        System.out.printf("Jackson parse of %,d lines (baseline): %.3f s%n", ReplayBenchmark.HISTORIES, parse);
        System.out.printf("replay of %,d histories x %d reviews: %.3f s  = %.2f x baseline (%,.0f histories/s)%n",
                ReplayBenchmark.HISTORIES, ReplayBenchmark.REVIEWS_PER_CARD, replayed, replayed / parse,
                ReplayBenchmark.HISTORIES / replayed);
        paired();
        timeOptimizer(curve);
    }

    /** The same ratios from alternating rounds in this JVM: steadier than JMH's back-to-back runs under load. */
    private static void paired() throws Exception {
        PairedRatio timing = new PairedRatio();
        SchedulerBenchmark s = new SchedulerBenchmark();
        s.setup();
        int cards = SchedulerBenchmark.CARDS;
        PairedRatio.Result review = timing.measure(s::baselineChecksum, 2000, s::review, 60, 15);
        PairedRatio.Result fuzzed = timing.measure(s::baselineChecksum, 2000, s::reviewWithFuzzAndLoad,
                20, 15);
        ReplayBenchmark r = new ReplayBenchmark();
        r.setup();
        PairedRatio.Result replay = timing.measure(r::parseChecksum, 1, r::replay, 1, 5);
        System.out.println("-- paired rounds (median ratio of alternating rounds, [min..max]) --");
        System.out.printf("review / curve evaluation:          %.1f x [%.1f..%.1f]  (%,.0f reviews/s)%n",
                review.median(), review.min(), review.max(), cards / review.workloadSecondsPerOp());
        System.out.printf("review with fuzz+load / curve eval: %.1f x [%.1f..%.1f]  (%,.0f reviews/s)%n",
                fuzzed.median(), fuzzed.min(), fuzzed.max(), cards / fuzzed.workloadSecondsPerOp());
        System.out.printf("replay / Jackson parse (100k lines): %.2f x [%.2f..%.2f]  (replay %.2f s, parse %.2f s)%n",
                replay.median(), replay.min(), replay.max(), replay.workloadSecondsPerOp(),
                replay.baselineSecondsPerOp());
    }

    /** Wall time, not JMH: one fit is seconds long and deterministic, so three runs and the median suffice. */
    private static void timeOptimizer(double curvePerSecond) {
        List<CardHistory> log = SyntheticHistories.generate(SyntheticHistories.TRUE_WEIGHTS, 1250, 8, 11);
        Optimizer optimizer = new Optimizer(SchedulerSettings.defaults());
        optimizer.fit(SyntheticHistories.generate(SyntheticHistories.TRUE_WEIGHTS, 200, 8, 12)); // warm-up
        double[] seconds = new double[3];
        FitResult fit = null;
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            fit = optimizer.fit(log);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf("optimizer on %,d reviews (%,d items): median %.2f s of %s; log loss %.4f -> %.4f, "
                        + "rmse %.4f -> %.4f; = %.3g forgetting-curve evaluations' worth%n",
                fit.reviews(), fit.items(), seconds[1], Arrays.toString(seconds), fit.logLossBefore(),
                fit.logLossAfter(), fit.rmseBefore(), fit.rmseAfter(), seconds[1] * curvePerSecond);
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .findFirst().orElseThrow(() -> new IllegalStateException("no result for " + method))
                .getPrimaryResult().getScore();
    }
}
