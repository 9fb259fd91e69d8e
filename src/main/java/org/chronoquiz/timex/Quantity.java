package org.chronoquiz.timex;

/**
 * A count read from the text ("three", "20", "twenty-five", "a", "several").
 *
 * @param value the number, or -1 when the text is vague ("several", "a few")
 * @param end   token index just past the count
 */
record Quantity(int value, int end) {

    boolean vague() {
        return value < 0;
    }

    /** Reads a count at token i, or returns null. */
    static Quantity at(DocumentScan s, int i) {
        String w = s.lower(i);
        if (s.isNumber(i)) {
            // four digits are a year ("the 1988 quarter"), not a count
            if (s.token(i).length() > 3 || s.lower(i - 1).equals("$")) {
                return null;
            }
            // "1.5 years", "63,000": not a plain count we can normalise
            if (s.attached(i + 1) && (s.lower(i + 1).equals(".") || s.lower(i + 1).equals(","))
                && s.isNumber(i + 2) && s.attached(i + 2)) {
                return null;
            }
            return new Quantity(s.intValue(i), i + 1);
        }
        if (!s.isWord(i)) {
            return null;
        }
        if (w.equals("a") || w.equals("an")) {
            if (s.lower(i + 1).equals("few") || s.lower(i + 1).equals("couple")) {
                int end = s.lower(i + 2).equals("of") ? i + 3 : i + 2;
                return new Quantity(w.equals("a") && s.lower(i + 1).equals("couple") ? 2 : -1, end);
            }
            if (s.lower(i + 1).equals("hundred") || s.lower(i + 1).equals("dozen")) {
                return new Quantity(s.lower(i + 1).equals("hundred") ? 100 : 12, i + 2);
            }
            return new Quantity(1, i + 1);
        }
        // "the next couple of years": TimeBank counts a couple as two, with or without the article
        if (w.equals("couple") && s.lower(i + 1).equals("of")) {
            return new Quantity(2, i + 2);
        }
        if (s.lexicon.isVagueCount(w)) {
            int end = s.lower(i + 1).equals("of") ? i + 2 : i + 1;
            return new Quantity(-1, end);
        }
        Integer n = s.lexicon.numberWord(w);
        if (n == null) {
            return null;
        }
        // twenty-five, twenty five
        int end = i + 1;
        if (n >= 20 && n < 100 && n % 10 == 0) {
            int j = s.lower(i + 1).equals("-") ? i + 2 : i + 1;
            Integer unit = s.lexicon.numberWord(s.lower(j));
            if (unit != null && unit > 0 && unit < 10 && !s.lower(j).equals("a") && !s.lower(j).equals("an")) {
                return new Quantity(n + unit, j + 1);
            }
        }
        if (s.lower(end).equals("hundred") && n < 10) {
            return new Quantity(n * 100, end + 1);
        }
        return new Quantity(n, end);
    }
}
