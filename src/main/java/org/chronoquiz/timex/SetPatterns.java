package org.chronoquiz.timex;

import java.util.Map;

/** Recurrences: "every year", "each month", "daily", "weekly", "every Thursday" (TIMEX3 type SET). */
final class SetPatterns implements TimexPattern {

    private final Map<String, String> adverbs = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
        "yearly", "P1Y", "hourly", "PT1H", "nightly", "P1D",
        "biweekly", "P2W", "semiannually", "P6M");

    @Override
    public Match at(DocumentScan s, int i) {
        String w = s.lower(i);
        String adverb = adverbs.get(w);
        if (adverb != null && !s.lower(i - 1).equals("average")) {
            return new Match(i, i + 1, TimexType.SET, adverb, null);
        }
        // "per second" is a unit of a rate ("instructions per second"), which TimeBank leaves untagged
        if (!(w.equals("every") || w.equals("each"))) {
            return null;
        }
        int j = i + 1;
        int n = 1;
        if (s.lower(j).equals("other")) {
            n = 2;
            j++;
        } else {
            Quantity q = Quantity.at(s, j);
            if (q != null && !q.vague() && s.isNumber(j) || q != null && q.value() > 1) {
                n = q.value();
                j = q.end();
            }
        }
        String unitWord = s.lower(j);
        Lexicon.Unit unit = s.lexicon.unit(unitWord);
        if (unit != null) {
            return new Match(i, j + 1, TimexType.SET, DurationPatterns.value(n, unit), null);
        }
        Integer day = s.lexicon.weekday(unitWord);
        if (day != null) {
            return new Match(i, j + 1, TimexType.SET, "XXXX-WXX-" + day, null);
        }
        Integer month = s.lexicon.month(unitWord);
        if (month != null && s.capitalised(j)) {
            return new Match(i, j + 1, TimexType.SET, "XXXX-" + Calendar.two(month), null);
        }
        String part = s.lexicon.partOfDay(unitWord);
        if (part != null) {
            return new Match(i, j + 1, TimexType.SET, "XXXX-XX-XXT" + part, null);
        }
        return null;
    }
}
