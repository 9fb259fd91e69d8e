package org.chronoquiz.timex;

import java.time.LocalDate;

/**
 * Parts of a year: quarters ("the third quarter", "third-quarter", "the first quarter of 1990",
 * "the quarter"), halves ("the first half of 2023" -> 2023-H1) and seasons ("spring of 2011",
 * "this summer" is deictic). Seasons that are part of a name ("Arab Spring") are left alone.
 */
final class PeriodPatterns implements TimexPattern {

    private final SpelledYears spelled = new SpelledYears();
    private final AbsoluteDatePatterns dates = new AbsoluteDatePatterns();

    @Override
    public Match at(DocumentScan s, int i) {
        Match code = periodCode(s, i);
        if (code != null) {
            return code;
        }
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
        if (the && yearBefore < 0) {
            Match yearAgo = yearEarlierPeriod(s, i, j);
            if (yearAgo != null) {
                return yearAgo;
            }
            if (s.yearAt(j) > 0 && !s.attached(j + 1)) {
                yearBefore = s.yearAt(j);
                j++;
                if (s.lower(j).equals("period") || s.lower(j).equals("quarter")) {
                    return Match.date(i, j + 1, s.story.reportsQuarter()
                        ? Calendar.quarter(yearBefore, s.story.lastQuarter) : Calendar.year(yearBefore));
                }
            }
        }
        if (s.lower(j).equals("fiscal")) {
            j++;
        }
        Integer ord = s.lexicon.ordinal(s.lower(j));
        if (ord == null && s.lower(j).equals("last") && s.lower(j + 1).equals("half")) {
            ord = 2;
        }
        if (ord != null) {
            return ordinalPeriod(s, i, j, ord, yearBefore);
        }
        String season = s.lexicon.season(s.lower(j));
        if (season != null) {
            return season(s, i, j, season, yearBefore, the);
        }
        if (the && s.lower(j).equals("quarter")) {
            // "for the quarter a year ago": the story's quarter, one year back
            if (s.lower(j + 1).equals("a") && s.lower(j + 2).equals("year")
                && (s.lower(j + 3).equals("ago") || s.lower(j + 3).equals("earlier"))) {
                return Match.date(i, j + 4, yearEarlier(s));
            }
            if (s.story.lastQuarterFiscal && (s.lower(j + 1).equals("ended") || s.lower(j + 1).equals("ending"))) {
                // "the fiscal first quarter ... For the quarter ended Sept. 30": a fiscal quarter whose number
                // the calendar does not give; TimeBank writes its quarter as unknown
                Match end = dates.at(s, j + 2);
                if (end != null && end.value().length() == 10
                    && Calendar.quarterOf(LocalDate.parse(end.value())) != s.story.lastQuarter) {
                    return Match.date(i, j + 1, Calendar.year(s.story.lastQuarterYear) + "-QX");
                }
            }
            return Match.date(i, j + 1, currentReportingQuarter(s));
        }
        if (yearBefore > 0 && (s.lower(j).equals("quarter") || s.lower(j).equals("period"))) {
            // "last year's quarter", "1988's period": the story's quarter in that year
            String q = currentReportingQuarter(s);
            return Match.date(i, j + 1, Calendar.year(yearBefore) + q.substring(4));
        }
        if (the && isLatest(s.lower(j)) && (s.lower(j + 1).equals("quarter") || s.lower(j + 1).equals("period"))) {
            int q = Calendar.quarterOf(s.dct);
            // "the latest period" is the quarter being reported: the one the story named, else the last closed
            String value = s.lower(j).equals("current") ? Calendar.quarter(s.dct.getYear(), q)
                : currentReportingQuarter(s);
            return Match.date(i, j + 2, value);
        }
        if (!the && s.lower(j).equals("year") && s.lower(j + 1).equals("-") && s.attached(j + 1)
            && (s.lower(j + 2).equals("earlier") || s.lower(j + 2).equals("ago"))) {
            return Match.date(i, j + 3, yearEarlier(s));
        }
        return null;
    }

    /** "the year-earlier quarter", "the year-ago third quarter", "the year-earlier period". */
    private Match yearEarlierPeriod(DocumentScan s, int i, int j) {
        int k = j;
        if (s.lower(k).equals("comparable") || s.lower(k).equals("corresponding") || s.lower(k).equals("same")) {
            k++;
        }
        if (k > j && (s.lower(k).equals("period") || s.lower(k).equals("quarter"))) {
            // "the corresponding period last year", "the same quarter a year ago"
            int end = -1;
            if (s.lower(k + 1).equals("last") && s.lower(k + 2).equals("year")) {
                end = k + 3;
            } else if (s.lower(k + 1).equals("a") && s.lower(k + 2).equals("year")
                && (s.lower(k + 3).equals("ago") || s.lower(k + 3).equals("earlier"))) {
                end = k + 4;
            }
            return end < 0 ? null : Match.date(i, end, yearEarlier(s));
        }
        if (!(s.lower(k).equals("year") && s.lower(k + 1).equals("-")
            && (s.lower(k + 2).equals("earlier") || s.lower(k + 2).equals("ago")))) {
            return null;
        }
        k += 3;
        Integer ord = s.lexicon.ordinal(s.lower(k));
        if (ord != null && ord <= 4 && s.lower(k + 1).equals("quarter")) {
            int year = (s.story.reportsQuarter() ? s.story.lastQuarterYear : s.dct.getYear()) - 1;
            return Match.date(i, k + 2, Calendar.quarter(year, ord));
        }
        Quantity months = Quantity.at(s, k);
        if (months != null && !months.vague() && s.lexicon.unit(s.lower(months.end())) == Lexicon.Unit.MONTH) {
            // "the year-earlier nine months" is, like "the nine months", a length
            return new Match(i, months.end() + 1, TimexType.DURATION, DurationPatterns.value(months.value(), Lexicon.Unit.MONTH), null);
        }
        if (s.lower(k).equals("period") && s.story.lastSpanValue != null && !s.story.reportsQuarter()) {
            // "For the nine months, ... In the year-earlier period": that span again
            return new Match(i, k + 1, TimexType.DURATION, s.story.lastSpanValue, null);
        }
        if (s.lower(k).equals("quarter") || s.lower(k).equals("period")) {
            String value = yearEarlier(s);
            // "the year-ago quarter, the second quarter ended Oct. 31": the appositive gives its number
            int a = s.lower(k + 1).equals(",") ? (s.lower(k + 2).equals("the") ? k + 3 : k + 2) : -1;
            Integer restated = a < 0 ? null : s.lexicon.ordinal(s.lower(a));
            if (restated != null && restated <= 4 && s.lower(a + 1).equals("quarter")) {
                value = value.substring(0, 4) + "-Q" + restated;
            }
            return Match.date(i, k + 1, value);
        }
        return null;
    }

    /** The same period one year before the one the story is about. */
    private static String yearEarlier(DocumentScan s) {
        if (s.story.reportsQuarter()) {
            return Calendar.quarter(s.story.lastQuarterYear - 1, s.story.lastQuarter);
        }
        return Calendar.year(s.dct.getYear() - 1);
    }

    /** Business shorthand: "Q3", "Q3 2023", "H1 2022". */
    private Match periodCode(DocumentScan s, int i) {
        String w = s.lower(i);
        if (!(w.equals("q") || w.equals("h")) || !s.capitalised(i) || !s.isNumber(i + 1) || !s.attached(i + 1)
            || s.token(i + 1).length() != 1 || s.attached(i + 2) && s.isWord(i + 2)) {
            return null;
        }
        int n = s.intValue(i + 1);
        if (n < 1 || n > (w.equals("q") ? 4 : 2)) {
            return null;
        }
        int end = i + 2;
        int year = s.dct.getYear();
        int y = s.lower(end).equals("of") ? end + 1 : end;
        if (s.yearAt(y) > 0) {
            year = s.yearAt(y);
            end = y + 1;
        }
        return Match.date(i, end, Calendar.year(year) + (w.equals("q") ? "-Q" : "-H") + n);
    }

    private static boolean isLatest(String w) {
        return w.equals("latest") || w.equals("recent") || w.equals("current");
    }

    /** The quarter a story speaks of when it says just "the quarter": the last one named, else the last one closed. */
    private static String currentReportingQuarter(DocumentScan s) {
        if (s.story.lastQuarter > 0) {
            return Calendar.quarter(s.story.lastQuarterYear, s.story.lastQuarter);
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
        if (ord == 1 && unit.equals("two") && s.lower(k + 1).equals("quarters")) {
            kind = "H"; // "the first two quarters of 1990" is its first half
            k++;
        } else if (unit.equals("quarter") && ord <= 4) {
            kind = "Q";
        } else if (unit.equals("half") && ord <= 2) {
            kind = "H";
        } else {
            return null;
        }
        int end = k + 1;
        // "the third-quarter loss": the article belongs to the noun, not to the adjectival period
        if (k > j + 1 && s.lower(from).equals("the") && yearBefore < 0) {
            from++;
        }
        int year = yearBefore;
        if (year < 0 && s.lower(from - 1).equals(",") && s.story.lastPeriodEnd == from - 1) {
            // "the comparable year-ago quarter, the second quarter ended Oct. 31": an appositive keeps the year
            year = s.story.lastPeriodYear;
        }
        if (year < 0) {
            int y = s.lower(end).equals("of") ? end + 1 : end;
            if (s.lower(y).equals("fiscal")) {
                y++;
            }
            if (s.yearAt(y) > 0) {
                year = s.yearAt(y);
                end = y + 1;
            } else if (s.lower(end).equals("of") && s.isWord(y)
                && !((s.lower(y).equals("the") || s.lower(y).equals("this")) && s.lower(y + 1).equals("year"))) {
                // "the second half of the 20th century", "the first quarter of the game": not a part of a year
                return null;
            } else {
                if (s.lower(end).equals("of") && s.isWord(y)) {
                    end = y + 2; // "the first half of the year", "the third quarter of this year"
                }
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
            } else if (spelled.at(s, y) != null) {
                year = spelled.at(s, y).year();
                end = spelled.at(s, y).end();
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
