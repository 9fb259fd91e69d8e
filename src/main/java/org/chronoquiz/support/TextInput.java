package org.chronoquiz.support;

import java.text.Normalizer;

/**
 * Text from a form, a file or a command line, made safe to store: bounded before anything else looks at it,
 * normalised to NFC (so "é" typed two ways is one string), and refused when it holds control characters or
 * invisible format characters such as a right-to-left override. Errors name the field.
 */
public final class TextInput {
    private static final java.util.regex.Pattern WEB_INVISIBLES = java.util.regex.Pattern.compile("[\u00AD\u200B\uFEFF]");

    private TextInput() {
    }

    /** A one-line field: trimmed, required, at most {@code max} characters. */
    public static String line(String value, String field, String what, int max) {
        String text = bounded(value, field, what, max).trim();
        if (text.isEmpty()) {
            throw new InvalidInput(field, "Give the " + what + ".");
        }
        int bad = firstBad(text, false);
        if (bad >= 0) {
            throw new InvalidInput(field, "The " + what + " holds a control or invisible character ("
                    + String.format("U+%04X", text.codePointAt(bad)) + "); type it again without it.");
        }
        return text;
    }

    /**
     * A body of text (an article): line breaks kept and made {@code \n}, tabs kept; the invisible characters
     * that text copied from web pages carries (soft hyphens, zero-width spaces, byte-order marks) dropped;
     * any other control or format character (a direction override) is refused with the line it is on.
     */
    public static String body(String value, String field, String what, int max) {
        String text = bounded(value, field, what, max);
        text = WEB_INVISIBLES.matcher(text).replaceAll("").replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InvalidInput(field, "The " + what + " is empty.");
        }
        int bad = firstBad(text, true);
        if (bad >= 0) {
            long line = text.substring(0, bad).chars().filter(c -> c == '\n').count() + 1;
            throw new InvalidInput(field, "Line " + line + " of the " + what + " holds a control or invisible character ("
                    + String.format("U+%04X", text.codePointAt(bad)) + ").");
        }
        return text;
    }

    /**
     * Text the caller has already bounded: normalised to NFC and refused when it holds a control or invisible
     * character (line breaks and tabs allowed when {@code multiline}).
     */
    public static String clean(String text, String field, String what, boolean multiline) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        int bad = firstBad(normalized, multiline);
        if (bad >= 0) {
            throw new InvalidInput(field, "The " + what + " holds a control or invisible character ("
                    + String.format("U+%04X", normalized.codePointAt(bad)) + "); type it again without it.");
        }
        return normalized;
    }

    private static String bounded(String value, String field, String what, int max) {
        String text = value == null ? "" : value;
        // the bound before normalising: NFC of a huge string is work an attacker should not get for free
        if (text.length() > max) {
            throw new InvalidInput(field, "The " + what + " is too long: at most " + max + " characters, this has "
                    + text.length() + ".");
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static int firstBad(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = multiline && (c == '\n' || c == '\t');
            // zero-width joiners are format characters that some scripts need inside words
            boolean joiner = c == 0x200C || c == 0x200D;
            if (!allowed && !joiner && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
