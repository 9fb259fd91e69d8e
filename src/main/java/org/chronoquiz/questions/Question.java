package org.chronoquiz.questions;

import java.util.List;

/**
 * A question as stored: generated from an article or written by an instructor.
 * {@code sourceNote} says how the date was worked out when the text does not write it ("said Friday").
 * A retired question ({@code retiredAt} set) is no longer asked, but answers to it stay in learners' history.
 */
public record Question(long id, long deckId, String key, String type, String prompt, String answer,
                       String answerValue, List<String> choices, String sourceSentence, Integer sourceStart,
                       Integer sourceEnd, String sourceNote, String origin, Long retiredAt) {

    public boolean retired() {
        return retiredAt != null;
    }
}
