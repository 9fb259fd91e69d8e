package org.chronoquiz.questions;

import org.chronoquiz.numbers.NumericAnswer;

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

    /** The answer as a learner reads it after answering: "2013 ± 1", the pairs of a matching, else as stored. */
    public String shownAnswer() {
        return switch (type) {
            case "numerical" -> NumericAnswer.of(answer, answerValue, choices).stream().findFirst()
                    .map(NumericAnswer::wording).orElse(answer);
            case "matching" -> Matching.of(this).wording();
            default -> answer;
        };
    }

    /** A matching question's right items, each once and in an order that gives nothing away; empty for other types. */
    public List<String> matchOptions() {
        return type.equals("matching") ? Matching.of(this).options() : List.of();
    }
}
