package org.chronoquiz.timex;

/**
 * Years read aloud, as broadcast transcripts write them: "nineteen ninety-six", "nineteen eighty",
 * "two thousand", "two thousand and one".
 */
final class SpelledYears {

    /**
     * @param year the year
     * @param end  token index just past it
     */
    record Span(int year, int end) {
    }

    /** The spelled year starting at token i, or null. */
    Span at(DocumentScan s, int i) {
        String w = s.lower(i);
        if (w.equals("two") && s.lower(i + 1).equals("thousand")) {
            int end = i + 2;
            int j = s.lower(end).equals("and") ? end + 1 : end;
            Integer ones = s.lexicon.numberWord(s.lower(j));
            if (ones != null && ones > 0 && ones < 20 && !s.lower(j).equals("a") && !s.lower(j).equals("an")) {
                return new Span(2000 + ones, j + 1);
            }
            // "two thousand years" is a count, not the year 2000
            return s.lexicon.unit(s.lower(end)) != null ? null : new Span(2000, end);
        }
        Integer century = s.lexicon.numberWord(w);
        if (century == null || century < 11 || century > 20) {
            return null;
        }
        int j = i + 1;
        if (s.lower(j).equals("hundred")) {
            return null;
        }
        Integer tens = s.lexicon.numberWord(s.lower(j));
        if (tens == null || tens < 10 || s.lower(j).equals("a")) {
            return null;
        }
        int end = j + 1;
        int value = tens;
        if (tens >= 20 && tens % 10 == 0) {
            int k = s.lower(end).equals("-") ? end + 1 : end;
            Integer ones = s.lexicon.numberWord(s.lower(k));
            if (ones != null && ones > 0 && ones < 10 && !s.lower(k).equals("a") && !s.lower(k).equals("an")) {
                value += ones;
                end = k + 1;
            }
        }
        return new Span(century * 100 + value, end);
    }
}
