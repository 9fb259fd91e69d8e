package org.chronoquiz.bench;

import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.DueLoad;
import org.chronoquiz.scheduling.MemoryModel;
import org.chronoquiz.scheduling.Phase;
import org.chronoquiz.scheduling.Rating;
import org.chronoquiz.scheduling.Scheduler;
import org.chronoquiz.scheduling.SchedulerSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Scheduler reviews per second, against the cheapest step of any review (one forgetting-curve value) over
 * the same cards, so the reported ratio survives a noisy shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
public class SchedulerBenchmark {
    static final int CARDS = 1024;
    private final Instant now = Instant.parse("2025-06-01T10:00:00Z");
    private CardState[] cards;
    private Rating[] ratings;
    private Scheduler scheduler;
    private Scheduler fuzzy;
    private MemoryModel model;
    private double[] elapsed;

    @Setup
    public void setup() {
        SplittableRandom random = new SplittableRandom(42);
        cards = new CardState[CARDS];
        ratings = new Rating[CARDS];
        elapsed = new double[CARDS];
        Phase[] phases = {Phase.NEW, Phase.LEARNING, Phase.REVIEW, Phase.REVIEW, Phase.REVIEW, Phase.RELEARNING};
        for (int i = 0; i < CARDS; i++) {
            Phase p = phases[random.nextInt(phases.length)];
            int days = random.nextInt(0, 200);
            cards[i] = p == Phase.NEW ? CardState.fresh(now)
                    : new CardState(p, p == Phase.REVIEW ? 0 : random.nextInt(2), 0.1 + random.nextDouble() * 300,
                    1 + random.nextDouble() * 9, now, now.minus(Duration.ofDays(days)), days, 5, 0);
            ratings[i] = Rating.of(1 + random.nextInt(4));
            elapsed[i] = days;
        }
        scheduler = new Scheduler(SchedulerSettings.defaults());
        fuzzy = new Scheduler(SchedulerSettings.defaults().withFuzz(true));
        model = new MemoryModel(SchedulerSettings.DEFAULT_WEIGHTS, true);
    }

    @Benchmark
    @OperationsPerInvocation(CARDS)
    public double baselineForgettingCurve() {
        double sum = 0;
        for (int i = 0; i < CARDS; i++) {
            CardState c = cards[i];
            sum += model.retrievability(elapsed[i], c.stability() == 0 ? 1 : c.stability());
        }
        return sum;
    }

    /** The baseline as a long, for {@link PairedRatio}. */
    long baselineChecksum() {
        return Double.doubleToLongBits(baselineForgettingCurve());
    }

    /** Returns a checksum of the outcomes, which JMH (and the paired timing) consumes. */
    @Benchmark
    @OperationsPerInvocation(CARDS)
    public long review() {
        long sum = 0;
        for (int i = 0; i < CARDS; i++) {
            sum += scheduler.review(cards[i], ratings[i], now, i).due().getEpochSecond();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(CARDS)
    public long reviewWithFuzzAndLoad() {
        long sum = 0;
        for (int i = 0; i < CARDS; i++) {
            sum += fuzzy.review(cards[i], ratings[i], now, i, DueLoad.daily(day -> day.getDayOfMonth())).due().getEpochSecond();
        }
        return sum;
    }
}
