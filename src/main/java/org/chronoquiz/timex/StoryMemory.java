package org.chronoquiz.timex;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.Precision;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a story has named so far, in the order it named it: the day, month, year and reporting quarter it
 * is telling about, and where (token index) it named them, so that "the following year", "a year
 * earlier", "the next morning" or "that quarter" count from the story's own time line and an old mention
 * stops counting. One per document; filled as the extractor emits each expression.
 */
final class StoryMemory {

    /** The most recent explicit full date mentioned, the reference point of "two days later"; null if none. */
    LocalDate lastDay;
    /** Token index of that date's mention, -1 if none. */
    int lastDayAt = -1;
    /** The most recent day the story named in any form (a weekday, "yesterday", a full date); null if none. */
    LocalDate lastNamedDay;
    /** Token index just past that day's mention (-1 if none). */
    int lastNamedDayEnd = -1;
    /** The first day of the most recent month the story named ("In March, ..."), for "the following month". */
    LocalDate lastNamedMonth;
    /** The most recent explicit year mentioned, for "that year" / "the following year". */
    int lastYear;
    /** Token index of that year's mention (-1 if none): an old mention no longer anchors "a year earlier". */
    int lastYearAt = -1;
    /** The most recent quarter mentioned (0 if none), for "a year earlier" in earnings reports. */
    int lastQuarter;
    int lastQuarterYear;
    /** Token index of that quarter's mention, to tell whether it is still the topic. */
    int lastQuarterAt = -1;
    /** Whether that quarter was named as a fiscal one ("the fiscal first quarter"), not a calendar quarter. */
    boolean lastQuarterFiscal;
    /** Token index just past the last quarter or half the story named, and that period's year (-1 if none). */
    int lastPeriodEnd = -1;
    int lastPeriodYear;
    String lastPeriodValue;
    /** Token index of a fiscal quarter the story left unnumbered (1989-QX), -1 if none. */
    int unnumberedQuarterAt = -1;
    /** Token index of the last multi-month span a report named ("the first nine months"), -1 if none. */
    int lastSpanAt = -1;
    /** That span's value (P9M), null if none. */
    String lastSpanValue;

    StoryMemory(LocalDate dct) {
        this.lastYear = dct.getYear();
    }

    /**
     * Whether the period a story's "year-earlier" or "the 1988 period" means is a quarter: one was named and
     * no span of months ("for the nine months, ...") since, after which TimeBank gives the year.
     */
    boolean reportsQuarter() {
        return lastQuarter > 0 && lastSpanAt < lastQuarterAt;
    }

    /** Records what expression {@code m} named: its day, month, year, period or span, and where. */
    void remember(DocumentScan s, Match m) {
        String v = m.value();
        if (m.type() == TimexType.DURATION && (v.equals("P6M") || v.equals("P9M"))) {
            lastSpanAt = m.from();
            lastSpanValue = v;
        }
        if (m.type() == TimexType.DURATION || m.type() == TimexType.SET || v.length() < 4 || !Character.isDigit(v.charAt(0))
            || !Character.isDigit(v.charAt(3))) {
            return;
        }
        Optional<DateValue> date = DateValue.parse(v, null);
        if (date.isPresent() && date.get().precision() == Precision.DAY) {
            lastNamedDay = date.get().firstDay();
            lastNamedDayEnd = m.to();
        }
        if (date.isPresent() && date.get().precision().atLeast(Precision.MONTH) && date.get().precision() != Precision.WEEK) {
            lastNamedMonth = date.get().startAt(Precision.MONTH).firstDay();
        }
        int year = Integer.parseInt(v.substring(0, 4));
        if (writesYear(s, m)) {
            lastYear = year;
            lastYearAt = m.from();
            if (date.isPresent() && date.get().precision() == Precision.DAY && date.get().time() == null) {
                lastDay = date.get().firstDay();
                lastDayAt = m.from();
            }
        }
        if (v.length() == 7 && (v.charAt(5) == 'Q' || v.charAt(5) == 'H')) {
            lastPeriodEnd = m.to();
            lastPeriodYear = year;
            lastPeriodValue = v;
            if (v.endsWith("-QX")) {
                unnumberedQuarterAt = m.from();
            } else if (v.charAt(5) == 'Q' && isStoryQuarter(s, m, year, v.charAt(6) - '0')) {
                lastQuarter = v.charAt(6) - '0';
                lastQuarterYear = year;
                lastQuarterAt = m.from();
                lastQuarterFiscal = hasWord(s, m.from() - 1, m.to(), "fiscal");
            }
        }
    }

    /** Whether the expression writes its year out ("in 1988", "Sept. 27, 1989"), not derives it. */
    private static boolean writesYear(DocumentScan s, Match m) {
        for (int k = m.from(); k < m.to(); k++) {
            if (s.yearAt(k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a quarter is the one the story reports on: named with the word "quarter", recently closed
     * (older quarters are the comparisons, "the 1988 quarter"), and definite.
     */
    private static boolean isStoryQuarter(DocumentScan s, Match m, int year, int q) {
        if (!hasWord(s, m.from(), m.to(), "quarter")) {
            return false;
        }
        int quarterIndex = year * 4 + q;
        int currentIndex = s.dct.getYear() * 4 + Calendar.quarterOf(s.dct);
        // the creation date's own quarter is the story's only when reported as over ("a decline in fourth-quarter
        // earnings" of a fiscal year), not when forecast ("expects fourth-quarter earnings to rise")
        boolean closed = quarterIndex < currentIndex
            || quarterIndex == currentIndex && s.tense(m.from(), m.to()) == Tense.PAST;
        // "after a flat second quarter" looks back at an earlier quarter; the story's own is definite
        // ("a third-quarter loss" is the loss that is indefinite, not the quarter)
        boolean indefinite = !s.lower(m.to() - 2).equals("-")
            && (s.lower(m.from() - 1).equals("a") || s.lower(m.from() - 2).equals("a"));
        return closed && !indefinite && quarterIndex >= currentIndex - 3;
    }

    private static boolean hasWord(DocumentScan s, int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals(word)) {
                return true;
            }
        }
        return false;
    }
}
