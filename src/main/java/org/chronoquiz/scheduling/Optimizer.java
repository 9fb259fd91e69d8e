package org.chronoquiz.scheduling;

import java.util.List;

/**
 * Fits the 21 FSRS weights to a review log by minimising the log loss of predicted recall, starting from
 * the settings' weights. Derivative-free adaptive coordinate search inside the parameter bounds: the
 * loss has kinks where clamps bite, and each evaluation is a cheap loop, so a few hundred evaluations
 * fit 10,000 reviews in seconds on one core. Deterministic: the same log gives the same weights.
 */
public final class Optimizer {
    public static final int MIN_REVIEWS = 400;
    private static final double GROW = 2.0;
    private static final double SHRINK = 0.5;
    private final SchedulerSettings settings;
    private final int maxEvaluations;

    public Optimizer(SchedulerSettings settings) {
        this(settings, 1200);
    }

    /** @param maxEvaluations loss evaluations allowed; bounds the run time on large logs */
    public Optimizer(SchedulerSettings settings, int maxEvaluations) {
        this.settings = settings;
        this.maxEvaluations = maxEvaluations;
    }

    public FitResult fit(List<CardHistory> histories) {
        TrainingSet data = new TrainingSet(histories, new LearnerDays(settings.zone(), settings.rolloverHour()),
                settings.shortTerm());
        double[] start = settings.weights();
        double lossBefore = data.logLoss(start);
        double rmseBefore = data.rmseBins(start);
        if (data.reviews() < MIN_REVIEWS) {
            return kept(data, start, lossBefore, rmseBefore, "only " + data.reviews() + " reviews; at least "
                    + MIN_REVIEWS + " are needed for a fit that generalises");
        }
        if (data.items() == 0) {
            return kept(data, start, lossBefore, rmseBefore,
                    "no review came a day or more after the one before it, so recall could not be predicted");
        }
        double[] fitted = search(data, start);
        double lossAfter = data.logLoss(fitted);
        if (!(lossAfter < lossBefore)) {
            return kept(data, start, lossBefore, rmseBefore,
                    "the fit did not lower log loss below the defaults' " + lossBefore);
        }
        return new FitResult(data.reviews(), data.items(), fitted, lossBefore, lossAfter, rmseBefore,
                data.rmseBins(fitted), false, "fitted on " + data.items() + " training items from "
                + data.reviews() + " reviews");
    }

    private static FitResult kept(TrainingSet data, double[] w, double loss, double rmse, String reason) {
        return new FitResult(data.reviews(), data.items(), w, loss, loss, rmse, rmse, true, reason);
    }

    /**
     * Each weight in turn: try a step up, then down; a success doubles that weight's step, two failures
     * halve it. Stops when every step is negligible or the evaluation budget is spent.
     */
    private double[] search(TrainingSet data, double[] start) {
        int relearning = settings.relearningSteps().size();
        boolean shortTerm = settings.shortTerm();
        double[] x = Weights.clamp(start, relearning, shortTerm);
        double best = data.logLoss(x);
        int evaluations = 1;
        double[] step = new double[Weights.FSRS6];
        double[] minStep = new double[Weights.FSRS6];
        for (int i = 0; i < step.length; i++) {
            double range = Weights.max(i) - Weights.min(i, shortTerm);
            step[i] = 0.1 * Math.max(Math.abs(x[i]), 0.005 * range);
            minStep[i] = 1e-5 * range;
        }
        boolean moving = true;
        while (moving && evaluations < maxEvaluations) {
            moving = false;
            for (int i = 0; i < step.length && evaluations < maxEvaluations; i++) {
                if (step[i] < minStep[i]) {
                    continue;
                }
                moving = true;
                boolean improved = false;
                for (int dir = 1; dir >= -1 && !improved; dir -= 2) {
                    double[] candidate = x.clone();
                    candidate[i] += dir * step[i];
                    candidate = Weights.clamp(candidate, relearning, shortTerm);
                    if (candidate[i] == x[i]) {
                        continue;
                    }
                    double loss = data.logLoss(candidate);
                    evaluations++;
                    if (loss < best) {
                        best = loss;
                        x = candidate;
                        improved = true;
                    }
                }
                step[i] *= improved ? GROW : SHRINK;
            }
        }
        return x;
    }
}
