package org.chronoquiz.authoring;

import java.util.List;

/**
 * What an instructor typed into the question form, before validation. Choices come one per line, tags
 * space-separated; {@code tolerance} is a numerical question's (blank: exact).
 */
public record QuestionInput(String deckId, String type, String prompt, String answer, String tolerance, String choices,
                            String sourceSentence, String tags) {
    public static final List<String> FIELDS = List.of("deck_id", "type", "prompt", "answer", "tolerance", "choices",
            "source_sentence", "tags");
}
