package org.chronoquiz.flashcards;

/** A stored review, with the card's state before and after it as JSON. */
public record ReviewRecord(long id, long cardId, long userId, String reviewKey, int rating, long reviewedAt,
                           String beforeState, String afterState) {
}
