package org.chronoquiz.generation;

import java.util.List;

/**
 * A generated question, before an instructor has reviewed it.
 *
 * @param key         stable identity within its article (same input, same key), so reloading never duplicates
 * @param type        when, typed, cloze, what_happened, timeline
 * @param answerValue the TIMEX3 value of a date answer, else null
 * @param choices     for multiple choice and timeline, else empty
 */
public record QuestionDraft(String key, String type, String prompt, String answer, String answerValue,
                            List<String> choices, SourceSpan source) {
    QuestionDraft withPrompt(String newPrompt) {
        return new QuestionDraft(key, type, newPrompt, answer, answerValue, choices, source);
    }
}
