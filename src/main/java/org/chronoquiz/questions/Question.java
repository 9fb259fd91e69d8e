package org.chronoquiz.questions;

import java.util.List;

/**
 * A question as stored: generated from an article or written by an instructor.
 * {@code sourceNote} says how the date was worked out when the text does not write it ("said Friday").
 * {@code version} counts edits (1 as first written; see {@code question_versions}).
 * Only an {@link QuestionStatus#ACTIVE active} question is asked; answers to a retired one stay in learners' history.
 */
public record Question(long id, long deckId, String key, String type, String prompt, String answer,
                       String answerValue, List<String> choices, String sourceSentence, Integer sourceStart,
                       Integer sourceEnd, String sourceNote, String origin, QuestionStatus status, int version) {

    public boolean retired() {
        return status == QuestionStatus.RETIRED;
    }

    public boolean draft() {
        return status == QuestionStatus.DRAFT;
    }
}
