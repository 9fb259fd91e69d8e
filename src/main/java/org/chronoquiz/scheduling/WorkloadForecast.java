package org.chronoquiz.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * Expected reviews per day over the next days if the learner keeps up: every card is reviewed when it
 * falls due (or now, if overdue). A review card is recalled (Good) with the probability the model predicts
 * then, and forgotten (Again) otherwise; both outcomes are followed, weighted by their probability.
 * Learning and relearning steps are assumed passed with Good. New cards are not counted: they depend on
 * the daily limit, not on retention. Fuzz is off so the expectation is smooth and reproducible.
 */
public final class WorkloadForecast {
    /** Outcome branches less likely than this are dropped: each card's expectation stays within 0.1% of exact. */
    private static final double MIN_WEIGHT = 1e-3;
    private final Scheduler scheduler;
    private final LearnerDays days;

    public WorkloadForecast(SchedulerSettings settings) {
        SchedulerSettings noFuzz = settings.withFuzz(false);
        this.scheduler = new Scheduler(noFuzz);
        this.days = new LearnerDays(noFuzz.zone(), noFuzz.rolloverHour());
    }

    private record Branch(CardState card, double weight) {
    }

    /** Expected reviews on each of the {@code horizon} learner days starting with today. */
    public double[] perDay(Collection<CardState> cards, Instant now, int horizon) {
        LocalDate today = days.dayOf(now);
        double[] out = new double[horizon];
        Deque<Branch> open = new ArrayDeque<>();
        for (CardState c : cards) {
            if (c.phase() != Phase.NEW) {
                open.push(new Branch(c, 1.0));
            }
        }
        while (!open.isEmpty()) {
            Branch b = open.pop();
            Instant at = b.card().due().isBefore(now) ? now : b.card().due();
            long day = ChronoUnit.DAYS.between(today, days.dayOf(at));
            if (day >= horizon) {
                continue;
            }
            out[(int) day] += b.weight();
            double recall = b.card().phase() == Phase.REVIEW ? scheduler.retrievability(b.card(), at) : 1.0;
            follow(open, scheduler.review(b.card(), Rating.GOOD, at, 0), b.weight() * recall);
            follow(open, scheduler.review(b.card(), Rating.AGAIN, at, 0), b.weight() * (1 - recall));
        }
        return out;
    }

    /** Mean of {@link #perDay}: the single figure shown beside a retention. */
    public double meanPerDay(Collection<CardState> cards, Instant now, int horizon) {
        double sum = 0;
        for (double d : perDay(cards, now, horizon)) {
            sum += d;
        }
        return sum / horizon;
    }

    private static void follow(Deque<Branch> open, CardState next, double weight) {
        if (weight >= MIN_WEIGHT) {
            open.push(new Branch(next, weight));
        }
    }
}
