package org.chronoquiz.formats;

import java.util.List;

/**
 * A question as a file carries it between Chronoquiz and other tools (Anki, Moodle, a spreadsheet).
 * The fields are the question bank's own: {@code type} is a {@code QuestionType} code; for a timeline
 * {@code answer} is the events in order, one per line, and {@code choices} the same events as shown; a cloze
 * prompt holds its blank as {@code _____}. {@code key} is the stable id that makes a re-import update instead of
 * duplicate; {@code deck} may be null (the importer's default deck).
 */
public record PortableQuestion(String key, String deck, String type, String prompt, String answer, String answerValue,
                               List<String> choices, Source source, List<String> tags) {

    /** Where the question comes from in its article; every part may be null. */
    public record Source(String sentence, Integer start, Integer end, String note) {
    }
}
