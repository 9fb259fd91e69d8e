/**
 * The FSRS-6 spaced-repetition engine: pure, no clock, I/O or shared state (spec: docs/fsrs.md).
 *
 * <p>Scheduling: {@code new Scheduler(settings)}, then {@link org.chronoquiz.scheduling.Scheduler#review}
 * (optionally with a {@link org.chronoquiz.scheduling.DueLoad} for load balancing),
 * {@link org.chronoquiz.scheduling.Scheduler#preview} and
 * {@link org.chronoquiz.scheduling.Scheduler#retrievability}. Settings are validated on construction;
 * weights may be 21, 19 or 17 numbers ({@link org.chronoquiz.scheduling.Weights}).
 *
 * <p>Fitting: {@link org.chronoquiz.scheduling.Optimizer#fit} over
 * {@link org.chronoquiz.scheduling.CardHistory} records returns a {@link org.chronoquiz.scheduling.FitResult}.
 */
package org.chronoquiz.scheduling;
