package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.Rating;

import java.util.Map;

/**
 * The review page's facts, read together: the next card (null when none is due), the interval each grade would
 * give it, how many cards are due, how many were reviewed today, and whether the learner studies any deck at all.
 */
public record ReviewPage(Card card, Map<Rating, String> intervals, int remaining, int reviewedToday,
                         boolean studiesNothing) {
}
