package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.CardState;

/** A card after a review: what the API answers and the review page reports. */
public record ReviewOutcome(long cardId, CardState state, boolean repeated) {
    /** Whole days until the card is due again, as scheduled (0 while in minute-long learning steps). */
    public int intervalDays() {
        return state.scheduledDays();
    }
}
