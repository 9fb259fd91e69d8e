package org.chronoquiz.generation;

/** Where a question comes from: the sentence and the character offsets of the fact in the article text. */
public record SourceSpan(String sentence, int start, int end) {
}
