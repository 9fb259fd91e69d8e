package org.chronoquiz.timex;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.Precision;

import java.util.Set;

/**
 * Calendar dates written out: "March 15, 2023", "15 March 2023", "July 1944", "Sept. 30", "2015",
 * "nineteen ninety-six". Decades and centuries are {@link DecadePatterns}; all-digit dates
 * {@link NumericDatePatterns}.
 */
final class AbsoluteDatePatterns implements TimexPattern {

    private static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");
    private static final Set<String> RANGE_WORDS = Set.of("to", "through", "-", "and", "until", "till", "or");
    /** Words before a bare month that show it is a date ("in May") rather than the verb or a name. */
    private static final Set<String> MONTH_CUES = Set.of("in", "of", "since", "until", "till", "by", "during",
        "early", "late", "mid", "-", "last", "this", "next", "from", "to", "through", "before", "after", "and",
        "or", "between", "on", "each", "every", "that", "the", "past", "for", "around", "about", "earlier", "later");

    private final SpelledYears spelled = new SpelledYears();

    @Override
    public Match at(DocumentScan s, int i) {
        Integer month = monthAt(s, i);
        if (month != null) {
            return monthFirst(s, i, month);
        }
        if (s.isNumber(i)) {
            return numberFirst(s, i);
        }
        String w = s.lower(i);
        if (w.equals("'")) {
            return clippedYear(s, i);
        }
        if (w.equals("the")) {
            Match dayOfMonth = ordinalDayOfMonth(s, i);
            if (dayOfMonth != null) {
                return dayOfMonth;
            }
            if (s.lower(i + 1).equals("year")) {
                SpelledYears.Span y = spelled.at(s, i + 2);
                return y == null ? null : Match.date(i, y.end(), Calendar.year(y.year()));
            }
            return null;
        }
        SpelledYears.Span y = spelled.at(s, i);
        if (y != null) {
            return Match.date(i, y.end(), Calendar.year(y.year()));
        }
        return null;
    }

    /** A month name that reads as a month here; "May" and "March" need a date-like neighbour. */
    Integer monthAt(DocumentScan s, int i) {
        if (!s.isWord(i) || !s.capitalised(i)) {
            return null;
        }
        Integer m = s.lexicon.month(s.lower(i));
        if (m == null) {
            return null;
        }
        String w = s.lower(i);
        int next = afterMonth(s, i);
        boolean numberFollows = s.isNumber(next) && s.token(next).length() <= 4 || spelledDay(s, next) > 0;
        boolean abbreviated = w.length() <= 4 && !w.equals("may") && !w.equals("june") && !w.equals("july");
        if (abbreviated && next == i + 1 && !numberFollows) {
            return null;
        }
        if ((w.equals("may") || w.equals("march")) && !numberFollows && !MONTH_CUES.contains(s.lower(i - 1))) {
            return null;
        }
        return m;
    }

    private Match monthFirst(DocumentScan s, int i, int month) {
        int j = afterMonth(s, i);
        int day = dayAt(s, j);
        int k = afterOrdinal(s, j + 1);
        if (day < 0) { // "this coming Sunday, March eighth": a spoken transcript's day, read as "March 8"
            day = spelledDay(s, j);
            k = j + 1;
        }
        if (day > 0 && Calendar.validDay(month, day)) {
            int y = k;
            if (s.lower(y).equals(",")) {
                y++;
            }
            int year = s.yearAt(y);
            if (year > 0) {
                return Match.date(i, y + 1, Calendar.day(Calendar.safeDate(year, month, day)));
            }
            int inferred = periodEndYear(s, i);
            if (inferred < 0) {
                inferred = Calendar.yearFor(s.dct, month, day, s.tense(i, k));
            }
            return Match.date(i, k, Calendar.day(Calendar.safeDate(inferred, month, day)));
        }
        int y = j;
        if (s.lower(y).equals(",") || s.lower(y).equals("of")) {
            y++;
        }
        int year = s.yearAt(y);
        if (year > 0) {
            return Match.date(i, y + 1, Calendar.month(year, month));
        }
        SpelledYears.Span spelledYear = spelled.at(s, y);
        if (spelledYear != null) {
            return Match.date(i, spelledYear.end(), Calendar.month(spelledYear.year(), month));
        }
        String deictic = s.lower(j);
        if ((deictic.equals("last") || deictic.equals("this") || deictic.equals("next")) && s.lower(j + 1).equals("year")) {
            int offset = deictic.equals("last") ? -1 : deictic.equals("next") ? 1 : 0;
            return Match.date(i, j + 2, Calendar.month(s.dct.getYear() + offset, month));
        }
        if (s.inName(i)) {
            return null;
        }
        Integer rangeYear = yearLaterInRange(s, j);
        Tense tense = s.tense(i, j);
        int resolved = rangeYear != null ? rangeYear : Calendar.yearFor(s.dct, month, 0, tense);
        if (rangeYear == null && tense == Tense.PAST && s.lower(i - 1).equals("in") && resolved == s.dct.getYear()
            && Calendar.safeDate(resolved, month, 1).isAfter(s.dct) && !reported(s, i)) {
            // "changed to a calendar year in December", written in October: a past event in a month not yet begun
            // is last year's; unless reported ("told the companies of a cutback in September"), which may be a plan
            resolved--;
        }
        return Match.date(i, j, Calendar.month(resolved, month));
    }

    private static final java.util.Set<String> REPORTING = java.util.Set.of("said", "says", "told", "announced",
        "reported", "predicted", "forecast", "warned", "promised", "of");

    /** A reporting verb (or "of", as in "news of a cut") earlier in the sentence: what it reports may lie ahead. */
    private static boolean reported(DocumentScan s, int i) {
        int sentence = s.sentenceOf(i);
        for (int k = i - 1; k >= 0 && s.sentenceOf(k) == sentence; k--) {
            if (REPORTING.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "the 1988 second quarter ended Oct. 31": the end day of a period just named is in that period's year. */
    private static int periodEndYear(DocumentScan s, int i) {
        String prev = s.lower(i - 1);
        return (prev.equals("ended") || prev.equals("ending")) && s.story.lastPeriodEnd == i - 1 ? s.story.lastPeriodYear : -1;
    }

    /** "5-7 January": the first day borrows the month (and year) written after the second. */
    private Match dayBeforeRange(DocumentScan s, int i, int day) {
        String link = s.lower(i + 1);
        if (day < 1 || !(link.equals("-") || link.equals("to") || link.equals("and")) || dayAt(s, i + 2) < 1) {
            return null;
        }
        Match end = numberFirst(s, i + 2);
        DateValue last = end == null ? null : DateValue.parse(end.value(), null).orElse(null);
        if (last == null || last.precision() != Precision.DAY || last.time() != null
            || !Calendar.validDay(last.part(), day)) {
            return null;
        }
        return Match.date(i, i + 1, Calendar.day(Calendar.safeDate(last.year(), last.part(), day)));
    }

    /** "the first of May", "the 15th of March". */
    private Match ordinalDayOfMonth(DocumentScan s, int i) {
        int day;
        int j;
        Integer ord = s.lexicon.ordinal(s.lower(i + 1));
        if (ord != null) {
            day = ord;
            j = i + 2;
        } else if (dayAt(s, i + 1) > 0 && afterOrdinal(s, i + 2) == i + 3) {
            day = dayAt(s, i + 1);
            j = i + 3;
        } else {
            return null;
        }
        if (!s.lower(j).equals("of") || monthAt(s, j + 1) == null) {
            return null;
        }
        int month = monthAt(s, j + 1);
        if (!Calendar.validDay(month, day)) {
            return null;
        }
        int k = afterMonth(s, j + 1);
        int y = s.lower(k).equals(",") ? k + 1 : k;
        int year = s.yearAt(y);
        if (year > 0) {
            return Match.date(i, y + 1, Calendar.day(Calendar.safeDate(year, month, day)));
        }
        int inferred = Calendar.yearFor(s.dct, month, day, s.tense(i, k));
        return Match.date(i, k, Calendar.day(Calendar.safeDate(inferred, month, day)));
    }

    /** "in '98", "since '05": a clipped year after a preposition, in the century nearest the creation date. */
    private Match clippedYear(DocumentScan s, int i) {
        String prev = s.lower(i - 1);
        if (!(prev.equals("in") || prev.equals("since") || prev.equals("of") || prev.equals("until") || prev.equals("by"))
            || !s.isNumber(i + 1) || s.token(i + 1).length() != 2 || !s.attached(i + 1)
            || s.attached(i + 2) && (s.isWord(i + 2) || s.isNumber(i + 2))) {
            return null;
        }
        int yy = s.intValue(i + 1);
        int century = s.dct.getYear() / 100 * 100;
        int year = century + yy > s.dct.getYear() + 10 ? century - 100 + yy : century + yy;
        return Match.date(i, i + 2, Calendar.year(year));
    }

    /** "from January to September 2022": the first month borrows the year written after the second. */
    private Integer yearLaterInRange(DocumentScan s, int j) {
        if (!RANGE_WORDS.contains(s.lower(j))) {
            return null;
        }
        Integer m2 = monthAt(s, j + 1);
        if (m2 == null) {
            return null;
        }
        int k = afterMonth(s, j + 1);
        if (dayAt(s, k) > 0) {
            k = afterOrdinal(s, k + 1);
        }
        if (s.lower(k).equals(",")) {
            k++;
        }
        int year = s.yearAt(k);
        return year > 0 ? year : null;
    }

    private Match numberFirst(DocumentScan s, int i) {
        int day = dayAt(s, i);
        Match rangeStart = dayBeforeRange(s, i, day);
        if (rangeStart != null) {
            return rangeStart;
        }
        if (day > 0) {
            int j = afterOrdinal(s, i + 1);
            if (s.lower(j).equals("of")) {
                j++;
            }
            Integer month = s.isWord(j) ? s.lexicon.month(s.lower(j)) : null;
            if (month != null && s.capitalised(j) && Calendar.validDay(month, day)) {
                int k = afterMonth(s, j);
                int y = s.lower(k).equals(",") ? k + 1 : k;
                int year = s.yearAt(y);
                if (year > 0) {
                    return Match.date(i, y + 1, Calendar.day(Calendar.safeDate(year, month, day)));
                }
                int inferred = Calendar.yearFor(s.dct, month, day, s.tense(i, k));
                return Match.date(i, k, Calendar.day(Calendar.safeDate(inferred, month, day)));
            }
        }
        int year = s.yearAt(i);
        if (year > 0) {
            return Match.date(i, i + 1, Calendar.year(year));
        }
        return null;
    }

    /** The token after a month name, past the dot of an abbreviation ("Sept.") but not a full stop. */
    static int afterMonth(DocumentScan s, int i) {
        String w = s.lower(i);
        boolean abbreviation = w.length() <= 4 && !w.equals("may") && !w.equals("june") && !w.equals("july");
        return abbreviation && s.lower(i + 1).equals(".") && s.attached(i + 1) ? i + 2 : i + 1;
    }

    /** A day of month written as an ordinal word up to "twentieth" ("eighth"), or -1. */
    private static int spelledDay(DocumentScan s, int i) {
        Integer ord = s.isWord(i) ? s.lexicon.ordinal(s.lower(i)) : null;
        return ord == null ? -1 : ord;
    }

    /** A day of month (1-31) written as digits, or -1. */
    static int dayAt(DocumentScan s, int i) {
        if (!s.isNumber(i) || s.token(i).length() > 2) {
            return -1;
        }
        String next = s.lower(i + 1);
        if (s.attached(i + 1) && (next.equals(":") || next.equals(".") || next.equals(",") || next.equals("%"))
            && s.isNumber(i + 2) && s.attached(i + 2)) {
            return -1;
        }
        int d = s.intValue(i);
        return d >= 1 && d <= 31 ? d : -1;
    }

    static int afterOrdinal(DocumentScan s, int j) {
        return ORDINAL_SUFFIX.contains(s.lower(j)) && s.attached(j) ? j + 1 : j;
    }
}
