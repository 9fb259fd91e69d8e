package org.chronoquiz.timex;

import java.time.LocalDate;
import java.util.Set;

/**
 * Dates that only make sense against the creation date or the story's own time line:
 * "yesterday", "last week", "next month", "this year", "two years ago", "the following year",
 * "earlier this month".
 */
final class RelativeDatePatterns implements TimexPattern {

    /** Nouns after "today's" that mean the present age rather than the day: "today's youth". */
    private static final Set<String> AGE_NOUNS = Set.of("world", "youth", "society", "generation", "young",
        "children", "kids", "teenagers", "standards", "technology", "culture", "families", "personal");

    private static final Set<String> AGO_WORDS = Set.of("ago", "earlier", "later", "hence");

    /** How far back (in tokens) a named quarter still sets the granularity of "a year earlier". */
    private static final int QUARTER_TOPIC_TOKENS = 120;
    /** How far back a year or date the story named still anchors "a year earlier" or "two days later". */
    private static final int ANCHOR_TOKENS = 40;
    /** How far "a year earlier" may follow the period end it compares with. */
    private static final int ENDED_DAY_TOKENS = 50;

    @Override
    public Match at(DocumentScan s, int i) {
        String w = s.lower(i);
        LocalDate dct = s.dct;
        if (isTitle(s, i)) {
            return null;
        }
        switch (w) {
            case "today":
                return isPresentDay(s, i) ? null : nowadays(s, i) ? Match.date(i, i + 1, "PRESENT_REF")
                    : Match.date(i, i + 1, Calendar.day(dct));
            case "yesterday":
                return Match.date(i, i + 1, Calendar.day(dct.minusDays(1)));
            case "tomorrow":
                // "the people of tomorrow", "the cars of tomorrow": the future in general, not the next day
                return s.lower(i - 1).equals("of") ? null : Match.date(i, i + 1, Calendar.day(dct.plusDays(1)));
            case "tonight":
                return new Match(i, i + 1, TimexType.TIME, Calendar.day(dct) + "TNI", null);
            case "last", "this", "next", "past", "coming", "previous", "current":
                return deictic(s, i, i);
            case "earlier", "later":
                if (s.lower(i + 1).equals("this") || s.lower(i + 1).equals("that")) {
                    // "later that year" is the story's year, "later this year" the creation date's
                    Match m = s.lower(i + 1).equals("that") ? StoryRelativePatterns.sameAsLast(s, i + 1)
                        : deictic(s, i + 1, i + 1);
                    return m == null ? null : m.withFrom(i);
                }
                return null;
            default:
                return ago(s, i);
        }
    }

    /**
     * "And today, the right to work is equal to the right to survival": a sentence that opens on "today," and goes on
     * in a plain present of being states how things are now, which TimeBank tags PRESENT_REF; a present that is an
     * event ("Today, the company is expected to report") keeps the day.
     */
    private static boolean nowadays(DocumentScan s, int i) {
        int start = s.lower(i - 1).equals("and") || s.lower(i - 1).equals("but") ? i - 1 : i;
        if (s.sentenceOf(start - 1) == s.sentenceOf(i) || !s.lower(i + 1).equals(",")) {
            return false;
        }
        for (int k = i + 2; k < i + 12 && s.sentenceOf(k) == s.sentenceOf(i); k++) {
            String w = s.lower(k);
            if (w.equals("is") || w.equals("are")) {
                String next = s.lower(k + 1);
                return !next.endsWith("ed") && !next.endsWith("ing") && !next.endsWith("en")
                    && !Set.of("to", "set", "due", "about", "likely", "going", "expected", "scheduled").contains(next);
            }
            if (Set.of("was", "were", "will", "would", "has", "have", "had", "did", "said", "says").contains(w) || w.endsWith("ed")) {
                return false;
            }
        }
        return false;
    }

    /** "today's youth", "in today's world": the present age, not the day, and TimeBank leaves it untagged. */
    private static boolean isPresentDay(DocumentScan s, int i) {
        return s.lower(i + 1).equals("'") && s.lower(i + 2).equals("s") && AGE_NOUNS.contains(s.lower(i + 3));
    }

    /** "VOA Today", ABC's "This Week": a capitalised word inside a capitalised name is a title. */
    static boolean isTitle(DocumentScan s, int i) {
        if (!s.capitalised(i) || s.sentenceOf(i - 1) != s.sentenceOf(i)) {
            return false;
        }
        return s.isWord(i - 1) && s.capitalised(i - 1);
    }

    /** "last week", "this year", "next month", "this past spring"; {@code word} is the deictic token. */
    private Match deictic(DocumentScan s, int from, int word) {
        String d = s.lower(word);
        int j = word + 1;
        if (d.equals("this") && (s.lower(j).equals("past") || s.lower(j).equals("coming"))) {
            d = s.lower(j).equals("past") ? "last" : "next";
            j++;
        }
        if (s.lower(j).equals("fiscal")) {
            j++;
        }
        String unitWord = s.lower(j);
        // "This Week" is a title; months and weekdays are always capitalised, units only in names
        if (s.capitalised(j) && s.lexicon.month(unitWord) == null && s.lexicon.weekday(unitWord) == null) {
            return null;
        }
        int offset = switch (d) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        if (unitWord.equals("weekend")) {
            LocalDate base = s.dct.plusWeeks(offset);
            return Match.date(from, j + 1, Calendar.week(base) + "-WE");
        }
        if (unitWord.equals("night") && d.equals("last")) {
            return new Match(from, j + 1, TimexType.TIME, Calendar.day(s.dct.minusDays(1)) + "TNI", null);
        }
        String part = s.lexicon.partOfDay(unitWord);
        if (part != null && d.equals("this")) {
            return new Match(from, j + 1, TimexType.TIME, Calendar.day(s.dct) + "T" + part, null);
        }
        Lexicon.Unit unit = s.lexicon.unit(unitWord);
        if ((unit == Lexicon.Unit.DECADE || unit == Lexicon.Unit.CENTURY) && d.equals("past")
            && !Lexicon.isPlural(unitWord)) {
            // "the past decade" is the ten years up to now, not the 1980s
            return new Match(from, j + 1, TimexType.DURATION, DurationPatterns.value(1, unit), null);
        }
        if (unit == Lexicon.Unit.QUARTER && d.equals("this") && s.lower(j + 1).equals("'") && s.lower(j + 2).equals("s")
            && s.story.lastQuarter > 0 && from - s.story.lastQuarterAt <= QUARTER_TOPIC_TOKENS) {
            // "This quarter's loss includes ..." in a report on the third quarter: the quarter reported
            return Match.date(from, j + 1, Calendar.quarter(s.story.lastQuarterYear, s.story.lastQuarter));
        }
        if (unit == Lexicon.Unit.YEAR && offset == -1 && comparedWithQuarter(s, from)) {
            // "net rose to $5 million from $3 million last year": the same quarter a year before
            return Match.date(from, j + 1, Calendar.quarter(s.story.lastQuarterYear - 1, s.story.lastQuarter));
        }
        if (unit != null && !Lexicon.isPlural(unitWord)) {
            String v = shift(s, s.dct, unit, offset);
            return v == null ? null : Match.date(from, j + 1, v);
        }
        String season = s.lexicon.season(unitWord);
        if (season != null) {
            return Match.date(from, j + 1, seasonValue(s.dct, season, offset));
        }
        if (!d.equals("past") && !d.equals("current")) {
            Integer day = s.lexicon.weekday(unitWord);
            if (day != null) {
                Tense t = offset < 0 ? Tense.PAST : offset > 0 ? Tense.FUTURE : s.tense(from, j + 1);
                LocalDate base = offset == 0 ? s.dct : s.dct.plusDays(offset);
                return Match.date(from, j + 1, Calendar.day(Calendar.weekday(base, day, t)));
            }
            Integer month = s.lexicon.month(unitWord);
            if (month != null && s.capitalised(j)) {
                // "last February" in a March article is a year back: the month just gone is "last month"
                int y = s.dct.getYear() + (offset < 0 && month >= s.dct.getMonthValue() - 1 ? -1 : 0)
                    + (offset > 0 && month <= s.dct.getMonthValue() ? 1 : 0);
                // "last Oct. 23": the day joins the extent and the value
                int k = s.lower(j + 1).equals(".") && s.attached(j + 1) ? j + 2 : j + 1;
                if (s.isNumber(k) && s.token(k).length() <= 2 && Calendar.validDay(month, s.intValue(k))) {
                    return Match.date(from, k + 1, Calendar.day(Calendar.safeDate(y, month, s.intValue(k))));
                }
                return Match.date(from, j + 1, Calendar.month(y, month));
            }
        }
        return null;
    }

    /** Whether "last year" at {@code i} is the comparison figure of an earnings story about a quarter. */
    private static boolean comparedWithQuarter(DocumentScan s, int i) {
        if (s.story.lastQuarter == 0 || i - s.story.lastQuarterAt > QUARTER_TOPIC_TOKENS) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 12) && s.sentenceOf(k) == s.sentenceOf(i); k--) {
            String w = s.lower(k);
            if (w.equals("compared") || w.equals("from") || w.equals("versus")) {
                return true;
            }
        }
        return false;
    }

    /** The value of "this/last/next UNIT" at the granularity of the unit. */
    static String shift(DocumentScan s, LocalDate ref, Lexicon.Unit unit, long n) {
        return switch (unit) {
            case DAY -> Calendar.day(ref.plusDays(n));
            case WEEK -> Calendar.week(ref.plusWeeks(n));
            case MONTH -> {
                LocalDate d = ref.plusMonths(n);
                yield Calendar.month(d.getYear(), d.getMonthValue());
            }
            case QUARTER -> {
                LocalDate d = ref.plusMonths(3 * n);
                yield Calendar.quarter(d.getYear(), Calendar.quarterOf(d));
            }
            case YEAR -> Calendar.year(ref.getYear() + (int) n);
            case DECADE -> Calendar.year(ref.getYear() + 10 * (int) n).substring(0, 3);
            case CENTURY -> Calendar.year(ref.getYear() + 100 * (int) n).substring(0, 2);
            default -> null;
        };
    }

    private static String seasonValue(LocalDate dct, String season, int offset) {
        int year = dct.getYear();
        int current = Calendar.seasonIndex(Calendar.season(dct.getMonthValue()));
        if (offset != 0 && dct.getMonthValue() <= 2) {
            // January and February are the tail of a winter that began last year: "last fall" was last year's
            year--;
        }
        int target = Calendar.seasonIndex(season);
        if (offset < 0 && target >= current) {
            year--;
        } else if (offset > 0 && target <= current) {
            year++;
        }
        return Calendar.year(year) + "-" + season;
    }

    /** Whether a date the story wrote out in full (or a year, for years) was named close enough to count from. */
    private static boolean anchoredNearby(DocumentScan s, int i, Lexicon.Unit unit) {
        if (unit == Lexicon.Unit.YEAR) {
            return s.story.lastYearAt >= 0 && i - s.story.lastYearAt <= ANCHOR_TOKENS;
        }
        return s.story.lastDay != null && s.story.lastDayAt >= 0 && i - s.story.lastDayAt <= ANCHOR_TOKENS;
    }

    /** The closing day of a reporting period ("the quarter ended Sept. 30") named just before token i, or null. */
    private static LocalDate endedDay(DocumentScan s, int i) {
        int at = s.story.lastNamedDayEnd;
        if (s.story.lastNamedDay == null || at < 0 || i - at > ENDED_DAY_TOKENS || s.sentenceOf(i) - s.sentenceOf(at - 1) > 1) {
            return null;
        }
        for (int k = at - 1; k >= Math.max(0, at - 5); k--) {
            if (s.lower(k).equals("ended") || s.lower(k).equals("ending")) {
                return s.story.lastNamedDay;
            }
        }
        return null;
    }

    /** "two years ago", "a year earlier", "three months later", "several years ago". */
    private Match ago(DocumentScan s, int i) {
        Quantity q = Quantity.at(s, DurationPatterns.skipHedges(s, i));
        if (q == null) {
            return null;
        }
        String unitWord = s.lower(q.end());
        Lexicon.Unit unit = s.lexicon.unit(unitWord);
        if (unit == null || unit.timeOfDay) {
            return null;
        }
        String dir = s.lower(q.end() + 1);
        if (!AGO_WORDS.contains(dir)) {
            return null;
        }
        int end = q.end() + 2;
        if (dir.equals("later") && (q.vague() || !anchoredNearby(s, i, unit))) {
            // "Three days later, ..." with no date just named to count from: TimeBank tags the length
            // ("Three days", P3D) and leaves "later" as its signal
            return new Match(i, q.end() + 1, TimexType.DURATION, DurationPatterns.value(q.vague() ? -1 : q.value(), unit), null);
        }
        String hedge = s.lower(i);
        if ((hedge.equals("more") || hedge.equals("less") || hedge.equals("fewer")) && s.lower(i + 1).equals("than")) {
            // "more than four decades ago" bounds the time but names no point in it: TimeBank gives the length
            return new Match(i, end, TimexType.DURATION, DurationPatterns.value(q.value(), unit), null);
        }
        if (q.vague()) {
            return Match.date(i, end, dir.equals("later") || dir.equals("after") || dir.equals("hence")
                ? "FUTURE_REF" : "PAST_REF");
        }
        int sign = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") ? -1 : 1;
        // "for the six months ended Aug. 12, ... compared with ... a year earlier": the same day a year before
        LocalDate periodEnd = unit == Lexicon.Unit.YEAR && !dir.equals("ago") ? endedDay(s, i) : null;
        if (periodEnd != null) {
            return Match.date(i, end, Calendar.day(periodEnd.plusYears((long) sign * q.value())));
        }
        if (unit == Lexicon.Unit.YEAR && s.story.unnumberedQuarterAt >= 0 && i - s.story.unnumberedQuarterAt <= ENDED_DAY_TOKENS) {
            // a year before a fiscal quarter left unnumbered is unnumbered too
            return Match.date(i, end, Calendar.year(s.story.lastQuarterYear + sign * q.value()) + "-QX");
        }
        // "a year earlier" in an earnings story means the same quarter of the previous year
        if (unit == Lexicon.Unit.YEAR && s.story.lastQuarter > 0 && i - s.story.lastQuarterAt <= QUARTER_TOPIC_TOKENS) {
            return Match.date(i, end, Calendar.quarter(s.story.lastQuarterYear + sign * q.value(), s.story.lastQuarter));
        }
        if (unit == Lexicon.Unit.DECADE) {
            return Match.date(i, end, Calendar.year(s.dct.getYear() + sign * 10 * q.value()));
        }
        // "ago" counts back from the creation date; "later"/"earlier" from the date the story last named
        LocalDate ref = s.dct;
        if (!dir.equals("ago") && unit == Lexicon.Unit.YEAR && s.story.lastYearAt >= 0 && i - s.story.lastYearAt <= ANCHOR_TOKENS) {
            ref = LocalDate.of(s.story.lastYear, 6, 15);
        } else if (!dir.equals("ago") && s.story.lastDay != null) {
            ref = s.story.lastDay;
        }
        String v = shift(s, ref, unit, (long) sign * q.value());
        return v == null ? null : Match.date(i, end, v);
    }
}
