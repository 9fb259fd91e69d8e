package org.chronoquiz.authoring;

import java.util.List;

/** A question that passed validation and can be stored as it is. */
record ValidQuestion(long deckId, String type, String prompt, String answer, String answerValue,
                     List<String> choices, String sourceSentence, List<String> tags) {
}
