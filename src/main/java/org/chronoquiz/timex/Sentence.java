package org.chronoquiz.timex;

/** One sentence of an article: its text exactly as in the article and where it sits there. */
public record Sentence(int start, int end, String text) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
