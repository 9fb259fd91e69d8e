package org.chronoquiz.timex;

import java.util.Map;
import java.util.Set;

/** Decades and centuries: "the 1990s" (199), "'90s", "the 20th century" (19), "the nineteenth century". */
final class DecadePatterns implements TimexPattern {

    private static final Map<String, Integer> DECADE_WORDS = Map.of("twenties", 2,
        "thirties", 3, "forties", 4, "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);
    private static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");

    @Override
    public Match at(DocumentScan s, int i) {
        if (s.lower(i).equals("the")) {
            Integer decade = DECADE_WORDS.get(s.lower(i + 1));
            if (decade != null) {
                // news speaks of the last century's decades: "the nineties" is the 1990s
                return Match.date(i, i + 2, "19" + decade);
            }
            Match m = decadeOrCentury(s, i + 1);
            return m == null ? null : m.withFrom(i);
        }
        return decadeOrCentury(s, i);
    }

    /** "1990s", "'90s", "20th century". */
    private Match decadeOrCentury(DocumentScan s, int i) {
        if (s.lower(i).equals("'") && s.isNumber(i + 1) && s.token(i + 1).length() == 2
            && s.lower(i + 2).equals("s") && s.attached(i + 2) && s.attached(i + 1)) {
            String digits = s.lower(i + 1);
            return Match.date(i, i + 3, "19" + digits.charAt(0));
        }
        if (!s.isNumber(i)) {
            Integer ord = s.lexicon.ordinal(s.lower(i));
            int j = i + 1;
            // "twenty-first century"
            if (s.lower(i).equals("twenty") && s.lower(i + 1).equals("-") && s.lexicon.ordinal(s.lower(i + 2)) != null) {
                ord = 20 + s.lexicon.ordinal(s.lower(i + 2));
                j = i + 3;
            }
            if (ord != null && (s.lower(j).equals("century") || s.lower(j).equals("-") && s.lower(j + 1).equals("century"))) {
                int end = s.lower(j).equals("century") ? j + 1 : j + 2;
                return Match.date(i, end, Calendar.two(ord - 1));
            }
            return null;
        }
        String digits = s.lower(i);
        if (digits.length() == 4 && digits.endsWith("0") && s.lower(i + 1).equals("s") && s.attached(i + 1)) {
            return Match.date(i, i + 2, digits.substring(0, 3));
        }
        if (digits.length() <= 2 && ORDINAL_SUFFIX.contains(s.lower(i + 1)) && s.attached(i + 1)) {
            int j = s.lower(i + 2).equals("-") ? i + 3 : i + 2;
            if (s.lower(j).equals("century")) {
                return Match.date(i, j + 1, Calendar.two(Integer.parseInt(digits) - 1));
            }
        }
        return null;
    }
}
