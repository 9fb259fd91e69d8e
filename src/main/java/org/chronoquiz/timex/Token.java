package org.chronoquiz.timex;

/**
 * One token of the scanned text.
 *
 * @param lower the token text in lower case, for dictionary look-ups
 * @param gapBefore true when whitespace (or text start) separates this token from the previous one
 */
record Token(int start, int end, String lower, Kind kind, boolean gapBefore) {
    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    int length() {
        return end - start;
    }
}
