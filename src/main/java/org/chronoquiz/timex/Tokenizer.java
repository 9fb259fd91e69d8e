package org.chronoquiz.timex;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into letter runs, digit runs and single punctuation marks in one pass.
 * Hyphens and apostrophes are separate tokens so that "mid-November", "2019-2020" and "Friday's"
 * can be matched piece by piece; {@link Token#gapBefore()} keeps what adjacency information we need.
 */
final class Tokenizer {

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 8);
        int n = text.length();
        int i = 0;
        boolean gap = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                gap = true;
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.WORD;
            } else if (c >= '0' && c <= '9') {
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else {
                i++;
                kind = Token.Kind.PUNCT;
            }
            String raw = text.substring(start, i);
            String lower = kind == Token.Kind.WORD ? raw.toLowerCase(java.util.Locale.ROOT) : normalisePunct(raw);
            tokens.add(new Token(start, i, lower, kind, gap));
            gap = false;
        }
        return tokens;
    }

    /** Typographic dashes and quotes behave like their ASCII forms in date ranges and contractions. */
    private static String normalisePunct(String p) {
        return switch (p) {
            case "\u2013", "\u2014", "\u2012" -> "-";
            case "\u2019", "\u2018", "`" -> "'";
            default -> p;
        };
    }
}
