package org.chronoquiz.authoring;

import java.util.List;

/** What an instructor typed into the question form, before validation. Choices come one per line, tags space-separated. */
public record QuestionInput(String deckId, String type, String prompt, String answer, String choices,
                            String sourceSentence, String tags) {
    public static final List<String> FIELDS = List.of("deck_id", "type", "prompt", "answer", "choices", "source_sentence",
            "tags");
}
