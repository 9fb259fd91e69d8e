package org.chronoquiz.timex;

/**
 * Parts of a year: quarters ("the third quarter", "third-quarter", "the first quarter of 1990",
 * "the quarter"), halves ("the first half of 2023" -> 2023-H1) and seasons ("spring of 2011",
 * "this summer" is deictic). Seasons that are part of a name ("Arab Spring") are left alone.
 */
final class PeriodPatterns implements TimexPattern {

    @Override
    public Match at(DocumentScan s, int i) {
        int j = i;
        boolean the = s.lower(j).equals("the");
        if (the) {
            j++;
        }
        int yearBefore = -1;
        if (s.yearAt(j) > 0 && s.lower(j + 1).equals("'") && s.lower(j + 2).equals("s")) {
            yearBefore = s.yearAt(j);
            j += 3;
        } else if (!the && (s.lower(j).equals("this") || s.lower(j).equals("last") || s.lower(j).equals("next"))
            && s.lower(j + 1).equals("year") && s.lower(j + 2).equals("'") && s.lower(j + 3).equals("s")) {
            int offset = s.lower(j).equals("this") ? 0 : s.lower(j).equals("last") ? -1 : 1;
            yearBefore = s.dct.getYear() + offset;
            j += 4;
        }
        if (s.lower(j).equals("fiscal")) {
            j++;
        }
        Integer ord = s.lexicon.ordinal(s.lower(j));
        if (ord != null) {
            return ordinalPeriod(s, i, j, ord, yearBefore);
        }
        String season = s.lexicon.season(s.lower(j));
        if (season != null) {
            return season(s, i, j, season, yearBefore, the);
        }
        if (the && (s.lower(j).equals("quarter") || isLatest(s.lower(j)) && s.lower(j + 1).equals("quarter"))) {
            int end = s.lower(j).equals("quarter") ? j + 1 : j + 2;
            return Match.date(i, end, currentReportingQuarter(s));
        }
        return null;
    }

    private static boolean isLatest(String w) {
        return w.equals("latest") || w.equals("recent") || w.equals("current") || w.equals("latest");
    }

    /** The quarter a story speaks of when it says just "the quarter": the last one named, else the last one closed. */
    private static String currentReportingQuarter(DocumentScan s) {
        if (s.lastQuarter > 0) {
            return Calendar.quarter(s.lastQuarterYear, s.lastQuarter);
        }
        int q = Calendar.quarterOf(s.dct) - 1;
        return q == 0 ? Calendar.quarter(s.dct.getYear() - 1, 4) : Calendar.quarter(s.dct.getYear(), q);
    }

    private Match ordinalPeriod(DocumentScan s, int from, int j, int ord, int yearBefore) {
        int k = j + 1;
        if (s.lower(k).equals("-") && s.attached(k)) {
            k++;
        }
        String unit = s.lower(k);
        String kind;
        if (unit.equals("quarter") && ord <= 4) {
            kind = "Q";
        } else if (unit.equals("half") && ord <= 2) {
            kind = "H";
        } else {
            return null;
        }
        int end = k + 1;
        int year = yearBefore;
        if (year < 0) {
            int y = s.lower(end).equals("of") ? end + 1 : end;
            if (s.lower(y).equals("fiscal")) {
                y++;
            }
            if (s.yearAt(y) > 0) {
                year = s.yearAt(y);
                end = y + 1;
            } else {
                year = s.dct.getYear();
                if (kind.equals("Q") && ord > Calendar.quarterOf(s.dct) && s.tense(from, end) == Tense.PAST) {
                    year--;
                }
            }
        }
        return Match.date(from, end, Calendar.year(year) + "-" + kind + ord);
    }

    private Match season(DocumentScan s, int from, int j, String season, int yearBefore, boolean the) {
        // "Arab Spring", "Prague Spring": a capitalised season after a capitalised word is a name
        if (s.capitalised(j) && s.capitalised(j - 1) && s.isWord(j - 1) && s.sentenceOf(j - 1) == s.sentenceOf(j)
            && !s.lower(j - 1).equals("the")) {
            return null;
        }
        int end = j + 1;
        int year = yearBefore;
        if (year < 0) {
            int y = s.lower(end).equals("of") ? end + 1 : end;
            if (s.yearAt(y) > 0) {
                year = s.yearAt(y);
                end = y + 1;
            }
        }
        if (year < 0) {
            String prev = s.lower(from - 1);
            if (!the && !(prev.equals("in") || prev.equals("during") || prev.equals("by") || prev.equals("since")
                || prev.equals("until") || prev.equals("early") || prev.equals("late") || prev.equals("this"))) {
                return null;
            }
            year = s.dct.getYear();
            int current = Calendar.seasonIndex(Calendar.season(s.dct.getMonthValue()));
            Tense t = s.tense(from, end);
            if (t == Tense.PAST && Calendar.seasonIndex(season) > current) {
                year--;
            } else if (t == Tense.FUTURE && Calendar.seasonIndex(season) < current) {
                year++;
            }
        }
        return Match.date(from, end, Calendar.year(year) + "-" + season);
    }
}
