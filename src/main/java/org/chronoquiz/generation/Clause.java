package org.chronoquiz.generation;

import org.chronoquiz.dates.Precision;

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

    /** "``We are back,'' Adams said on _____.": a speaker's words stand as written, only the blank asks. */
    boolean opensWithQuotation() {
        return before.matches("(?s)^(``|\u201c|\"|'').*");
    }

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

    /**
     * This clause with its fact's own words replaced by the place for a written date: "said Friday that"
     * becomes "said on \u0001 that", "On Sunday," stays "On \u0001,"; a cloze then blanks the date, not "Friday".
     */
    Clause resolved(DateFact fact) {
        String prep = !fact.preposition().isEmpty() ? phrase.substring(0, fact.preposition().length())
                : before.matches("(?is).*\\b(dated|for|of|to|through|into|over|from|about|around|with)\\s*$") ? "" // "dated February 4", "for the fourth quarter"
                : fact.date().precision() == Precision.DAY ? "on" : "in";
        String head = " " + prep + " "; // tidy() folds the space if the text before already ends with one
        // after a lone date, the phrase holds only its restatement ("this coming Sunday, March eighth"), which would
        // answer the blank; after a listed one, the dates listed with it
        String rebuilt = head + RESOLVED + (fact.inList() ? phrase.substring(factEnd) : "");
        return new Clause(before, rebuilt, head.length(), head.length() + RESOLVED.length(), after, attribution, joined);
    }

    /** Where {@link #resolved} puts the date; a cloze replaces it with its blank. */
    private static final String RESOLVED = "\u0002";

    static String tidy(String s) {
        return s.replace("``", "\u201c").replace("''", "\u201d") // wire copy's ASCII quotes, as a reader sees them
                .replaceAll(" (_|--) ", " \u2013 ") // and its dashes
                .replaceAll("\\s+", " ")
                .replaceAll(" ([,;:.?!)])", "$1")
                .replaceAll("\\( ", "(")
                .replaceAll(",\\s*,", ",")
                .replaceAll(",([\"\u201d])$", "$1") // 'held a "working breakfast,"' ends on the quote
                .replaceAll("^[\\s,]+|[\\s,;:\u2013\u2014-]+$", "");
    }
}
