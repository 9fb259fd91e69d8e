package org.chronoquiz.generation;

/**
 * Where a question comes from: the sentence and the character offsets of the fact in the article text.
 *
 * @param note how the date was worked out when the text does not write it ("Friday", "last year"), else null
 */
public record SourceSpan(String sentence, int start, int end, String note) {

    public SourceSpan(String sentence, int start, int end) {
        this(sentence, start, end, null);
    }
}
