package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.CardState;

/** A learner's flashcard: the question it asks and where the scheduler has it. */
public record Card(long id, long userId, long questionId, long deckId, String front, String back,
                   String sourceSentence, CardState state) {
}
