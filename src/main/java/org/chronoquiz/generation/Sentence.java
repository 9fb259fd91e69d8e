package org.chronoquiz.generation;

/** One sentence of an article: its text exactly as in the article and where it sits there. */
record Sentence(int start, int end, String text) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
