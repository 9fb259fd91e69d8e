package org.chronoquiz.scheduling;

import java.time.Instant;

/**
 * The scheduler's whole view of one card. Immutable; a review returns a new one.
 *
 * @param step          index into the (re)learning steps, 0 outside learning
 * @param stability     days until recall probability falls to 90%; 0 for a new card
 * @param difficulty    1..10; 0 for a new card
 * @param lastReview    null for a new card
 * @param scheduledDays whole days from the last review to {@code due} as scheduled (0 for minute steps)
 */
public record CardState(Phase phase, int step, double stability, double difficulty,
                        Instant due, Instant lastReview, int scheduledDays, int reps, int lapses) {

    /** A card never reviewed, due at {@code now}. */
    public static CardState fresh(Instant now) {
        return new CardState(Phase.NEW, 0, 0, 0, now, null, 0, 0, 0);
    }
}
