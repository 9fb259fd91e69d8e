package org.chronoquiz.scheduling;

import java.util.List;

/**
 * Review histories flattened into arrays so one evaluation of a weight set is a tight loop: the
 * optimizer evaluates it hundreds of times. Training items follow fsrs-rs/py-fsrs: each review after a
 * card's first with at least one learner day elapsed; label = rating above Again; prediction = R from the
 * memory state built by all earlier reviews (same-day ones included, through the short-term formula).
 */
final class TrainingSet {
    static final int RMSE_BINS = 20;
    private static final double P_MIN = 1e-4; // as fsrs-rs: keep log loss finite for confident mistakes
    private final int[] ratings;
    private final int[] elapsed;
    private final int[] cardStart;
    private final int items;
    private final boolean shortTerm;

    TrainingSet(List<CardHistory> histories, LearnerDays days, boolean shortTerm) {
        this.shortTerm = shortTerm;
        int total = histories.stream().mapToInt(h -> h.reviews().size()).sum();
        ratings = new int[total];
        elapsed = new int[total];
        cardStart = new int[histories.size() + 1];
        int k = 0;
        int n = 0;
        for (int c = 0; c < histories.size(); c++) {
            cardStart[c] = k;
            List<ReviewLog> reviews = histories.get(c).reviews();
            for (int i = 0; i < reviews.size(); i++, k++) {
                ratings[k] = reviews.get(i).rating().value();
                elapsed[k] = i == 0 ? 0 : days.between(reviews.get(i - 1).at(), reviews.get(i).at());
                if (i > 0 && elapsed[k] >= 1) {
                    n++;
                }
            }
        }
        cardStart[histories.size()] = k;
        items = n;
    }

    int reviews() {
        return ratings.length;
    }

    int items() {
        return items;
    }

    /** Mean log loss of weights {@code w}; the optimizer's objective. */
    double logLoss(double[] w) {
        double[] sums = new double[1];
        walk(w, (p, y) -> sums[0] -= y ? Math.log(p) : Math.log(1 - p));
        return items == 0 ? Double.NaN : sums[0] / items;
    }

    /** Calibration RMSE: items binned by predicted R, squared gap between mean prediction and recall rate, weighted by bin size. */
    double rmseBins(double[] w) {
        double[] predicted = new double[RMSE_BINS];
        double[] recalled = new double[RMSE_BINS];
        int[] count = new int[RMSE_BINS];
        walk(w, (p, y) -> {
            int b = Math.min((int) (p * RMSE_BINS), RMSE_BINS - 1);
            predicted[b] += p;
            recalled[b] += y ? 1 : 0;
            count[b]++;
        });
        double sum = 0;
        for (int b = 0; b < RMSE_BINS; b++) {
            if (count[b] > 0) {
                double gap = (predicted[b] - recalled[b]) / count[b];
                sum += count[b] * gap * gap;
            }
        }
        return items == 0 ? Double.NaN : Math.sqrt(sum / items);
    }

    private interface ItemSink {
        void accept(double predicted, boolean recalled);
    }

    private void walk(double[] w, ItemSink sink) {
        MemoryModel m = new MemoryModel(w, shortTerm);
        for (int c = 0; c + 1 < cardStart.length; c++) {
            double s = 0;
            double d = 0;
            for (int k = cardStart[c]; k < cardStart[c + 1]; k++) {
                int g = ratings[k];
                if (k == cardStart[c]) {
                    s = m.initialStability(g);
                    d = m.initialDifficulty(g);
                    continue;
                }
                int t = elapsed[k];
                if (t >= 1) {
                    double p = Math.min(Math.max(m.retrievability(t, s), P_MIN), 1 - P_MIN);
                    sink.accept(p, g > 1);
                }
                double next = m.nextStability(s, d, t, g);
                d = m.nextDifficulty(d, g);
                s = next;
            }
        }
    }
}
