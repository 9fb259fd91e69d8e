package org.chronoquiz.generation;

/**
 * The clean clause a dated fact is asked from: the text before the date phrase, the phrase itself (its
 * preposition and any list it belongs to), and the text after it. Questions drop the phrase; cloze
 * items blank out the fact inside it.
 *
 * @param factStart   where the fact's own date begins inside {@code phrase}
 * @param attribution the source the sentence cites ("the Federal Customs Service of Russia"), or null
 * @param joined      two clauses kept together because the second opens with "their"/"its" (not one simple clause)
 */
record Clause(String before, String phrase, int factStart, int factEnd, String after, String attribution,
              boolean joined) {
    static final char MARK = '\u0001';

    /** The clause with the date phrase replaced by {@link #MARK}, spaces and commas tidied. */
    String withMark() {
        String head = before.strip();
        String tail = after;
        if (head.isEmpty()) {
            tail = tail.replaceFirst("^\\s*,", ""); // "On May 1, X did" -> the comma went with the date
        }
        return tidy(head + " " + MARK + " " + tail.strip());
    }

    /** The clause without its date phrase. */
    String remainder() {
        return tidy(withMark().replace(String.valueOf(MARK), ""));
    }

    /** The clause with the fact replaced by a blank, everything else as written. */
    String cloze(String blank) {
        return tidy(before + phrase.substring(0, factStart) + blank + phrase.substring(factEnd) + after);
    }

    static String tidy(String s) {
        return s.replaceAll("\\s+", " ")
                .replaceAll(" ([,;:.?!)])", "$1")
                .replaceAll("\\( ", "(")
                .replaceAll(",\\s*,", ",")
                .replaceAll("^[\\s,]+|[\\s,;:\u2013\u2014-]+$", "");
    }
}
