package org.chronoquiz.scheduling;

/**
 * What {@link Optimizer#fit} found.
 *
 * @param reviews      reviews read
 * @param items        training items: reviews after a card's first with at least one day elapsed
 * @param weights      the fitted weights, or the starting ones when {@code keptDefaults}
 * @param logLossBefore mean binary cross-entropy of predicted recall against "rating > Again"; NaN without items
 * @param rmseBefore   calibration RMSE over {@link TrainingSet#RMSE_BINS} equal-width bins of predicted recall
 * @param reason       why the defaults were kept, or a summary of the fit
 */
public record FitResult(int reviews, int items, double[] weights, double logLossBefore, double logLossAfter,
                        double rmseBefore, double rmseAfter, boolean keptDefaults, String reason) {
    @Override
    public double[] weights() {
        return weights.clone();
    }
}
