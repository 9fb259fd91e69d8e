package org.chronoquiz.formats;

/**
 * GIFT's escaping, as Moodle's qformat_gift reads and writes it: the special characters {@code ~ = # { } :}
 * and the backslash itself are escaped with a backslash, a line break inside text is {@code \n}.
 */
final class GiftText {
    private static final String SPECIAL = "\\~=#{}:";

    private GiftText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replace("\r", "").toCharArray()) {
            if (c == '\n') {
                out.append("\\n");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the first {@code c} at or after {@code from} that is not escaped, or -1. */
    static int find(String text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            char at = text.charAt(i);
            if (at == '\\') {
                i++;
            } else if (at == c) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first unescaped occurrence of {@code s} at or after {@code from}, or -1. */
    static int find(String text, String s, int from) {
        for (int i = from; i + s.length() <= text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }
}
