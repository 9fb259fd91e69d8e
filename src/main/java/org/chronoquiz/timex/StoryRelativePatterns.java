package org.chronoquiz.timex;

import java.time.LocalDate;

/**
 * Dates that lean on the story rather than on the calendar words alone: "the following year" (after
 * the last year named), "that year", "the next day", "the weekend", and earnings-report years
 * ("the year ended Sept. 30", "for the year").
 */
final class StoryRelativePatterns implements TimexPattern {

    private final AbsoluteDatePatterns dates = new AbsoluteDatePatterns();
    private final WeekdayPatterns weekdays = new WeekdayPatterns();
    private final RelativeDatePatterns relative = new RelativeDatePatterns();

    /** "the following year", "the previous day", "the next morning", "the same month", "that year", "the week of May 3". */
    @Override
    public Match at(DocumentScan s, int i) {
        if (s.lower(i).equals("that")) {
            return sameAsLast(s, i);
        }
        if (s.lower(i).equals("year")) {
            return yearEnd(s, i);
        }
        if (!s.lower(i).equals("the")) {
            return null;
        }
        String d = s.lower(i + 1);
        if (d.equals("week") && s.lower(i + 2).equals("of")) {
            // "the week of March 6": the week that day falls in
            Match day = dates.at(s, i + 3);
            return day == null || day.value().length() != 10 ? null
                : Match.date(i, day.to(), Calendar.week(LocalDate.parse(day.value())));
        }
        if (d.equals("day") && (s.lower(i + 2).equals("before") || s.lower(i + 2).equals("after"))) {
            return dayBeside(s, i);
        }
        if (d.equals("weekend")) {
            return Match.date(i, i + 2, weekend(s, i));
        }
        Match year = theYear(s, i);
        if (year != null) {
            return year;
        }
        int offset = switch (d) {
            case "following", "next" -> 1;
            case "previous", "preceding", "prior" -> -1;
            case "same" -> 0;
            default -> Integer.MIN_VALUE;
        };
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        String unitWord = s.lower(i + 2);
        Lexicon.Unit unit = s.lexicon.unit(unitWord);
        if (unit == Lexicon.Unit.YEAR && !Lexicon.isPlural(unitWord)) {
            return Match.date(i, i + 3, Calendar.year(s.story.lastYear + offset));
        }
        // "the next day" follows the day the story last named ("last Tuesday" as much as "Feb. 22, 2000"),
        // or the creation date if it named none
        LocalDate ref = s.storyDay();
        if (unit == Lexicon.Unit.MONTH && s.story.lastNamedMonth != null) {
            // "In March, ... The following month": the month the story last named
            ref = s.story.lastNamedMonth;
        }
        if (unit != null && !Lexicon.isPlural(unitWord) && !unit.timeOfDay && unit != Lexicon.Unit.DECADE) {
            String v = RelativeDatePatterns.shift(s, ref, unit, offset);
            return v == null ? null : Match.date(i, i + 3, v);
        }
        if (s.lexicon.partOfDay(unitWord) != null && offset != 0) {
            return Match.date(i, i + 3, Calendar.day(ref.plusDays(offset)));
        }
        Integer day = s.lexicon.weekday(unitWord);
        if (day != null && offset != 0) {
            Tense t = offset < 0 ? Tense.PAST : Tense.FUTURE;
            return Match.date(i, i + 3, Calendar.day(Calendar.weekday(ref.plusDays(offset), day, t)));
        }
        return null;
    }

    /** "the day before last Tuesday's hearing", "the day after Oct. 12": one day off a date written next to it. */
    private Match dayBeside(DocumentScan s, int i) {
        int k = i + 3;
        Match anchor = dates.at(s, k);
        if (anchor == null) {
            anchor = weekdays.at(s, k);
        }
        if (anchor == null) {
            anchor = relative.at(s, k);
        }
        if (anchor == null || anchor.value().length() != 10 || !Character.isDigit(anchor.value().charAt(9))) {
            return null;
        }
        int shift = s.lower(i + 2).equals("before") ? -1 : 1;
        // TimeBank leaves the article out: "The [day before last Tuesday]'s hearing"
        return Match.date(i + 1, anchor.to(), Calendar.day(LocalDate.parse(anchor.value()).plusDays(shift)));
    }

    /**
     * Earnings-report years: "the year ended Sept. 30" is a twelve-month span (the date is tagged on
     * its own); "for the year", "the full year", "earlier in the week", "the end of the month" mean the
     * current year, week or month.
     */
    private static Match theYear(DocumentScan s, int i) {
        int j = i + 1;
        boolean full = s.lower(j).equals("full");
        boolean fiscal = s.lower(j).equals("fiscal");
        if (full || fiscal) {
            j++;
        }
        Lexicon.Unit unit = s.lexicon.unit(s.lower(j));
        String prev = s.lower(i - 1);
        String before = s.lower(i - 2);
        boolean earlierOrLater = prev.equals("in") && (before.equals("earlier") || before.equals("later"));
        if (unit == Lexicon.Unit.DAY && earlierOrLater && !full && !fiscal && s.sentenceOf(i - 2) == s.sentenceOf(j)) {
            // "later in the day": the day the story is telling, else the creation date
            LocalDate day = s.storyDay();
            return Match.date(i - 2, j + 1, Calendar.day(day));
        }
        if (unit != Lexicon.Unit.YEAR && unit != Lexicon.Unit.MONTH && unit != Lexicon.Unit.WEEK
            || Lexicon.isPlural(s.lower(j))) {
            return null;
        }
        String next = s.lower(j + 1);
        if (next.equals("-") && s.attached(j + 1)) {
            return null;
        }
        if (unit == Lexicon.Unit.YEAR && (next.equals("ended") || next.equals("ending") || next.equals("to"))) {
            return new Match(i, j + 1, TimexType.DURATION, "P1Y", null);
        }
        String value = RelativeDatePatterns.shift(s, s.dct, unit, 0);
        if (earlierOrLater) {
            return Match.date(i - 2, j + 1, value); // TimeBank keeps "earlier in" like "earlier this year"
        }
        boolean current = unit == Lexicon.Unit.YEAR && (full || prev.equals("for"))
            || prev.equals("of") && (before.equals("end") || before.equals("beginning") || before.equals("middle")
            || before.equals("start"))
            // "the first nine months of the year": the length and the year are two expressions
            || unit == Lexicon.Unit.YEAR && prev.equals("of") && (before.equals("months") || before.equals("weeks"));
        return current ? Match.date(i, j + 1, value) : null;
    }

    /**
     * "by year-end", "by year end", "before year's end": a deadline in the current year, which TimeBank
     * gives the year's value; "since year-end" looks back to the last one. Written as one word, "year-end" is
     * the accounts' closing day, and TimeBank gives that day (Dec. 31). Only after a preposition of deadline or
     * origin; "year-end results" is an adjective.
     */
    private static Match yearEnd(DocumentScan s, int i) {
        String prev = s.lower(i - 1);
        boolean since = prev.equals("since");
        if (!(since || prev.equals("by") || prev.equals("before") || prev.equals("until") || prev.equals("till"))) {
            return null;
        }
        int j = i + 1;
        boolean hyphen = s.lower(j).equals("-") && s.attached(j);
        if (hyphen) {
            j++;
        } else if (s.lower(j).equals("'") && s.lower(j + 1).equals("s")) {
            j += 2;
        }
        if (!s.lower(j).equals("end") || s.isWord(j + 1) && !s.lower(j + 1).equals("and") && !s.lower(j + 1).equals("or")) {
            return null;
        }
        int year = s.dct.getYear() - (since ? 1 : 0);
        return Match.date(i, j + 1, hyphen ? Calendar.day(LocalDate.of(year, 12, 31)) : Calendar.year(year));
    }

    /** The weekend a story means: this week's unless the clause is past and the weekend has not come yet. */
    private static String weekend(DocumentScan s, int i) {
        int day = s.dct.getDayOfWeek().getValue();
        LocalDate base = s.dct;
        if (day < 6 && s.tense(i, i + 2) == Tense.PAST) {
            base = s.dct.minusWeeks(1);
        }
        return Calendar.week(base) + "-WE";
    }

    /** "that year", "that month", "that day", "that quarter" refer back to the last one the story named. */
    static Match sameAsLast(DocumentScan s, int i) {
        switch (s.lower(i + 1)) {
            case "year":
                return Match.date(i, i + 2, Calendar.year(s.story.lastYear));
            case "month":
                return s.story.lastNamedMonth == null ? null : Match.date(i, i + 2,
                    Calendar.month(s.story.lastNamedMonth.getYear(), s.story.lastNamedMonth.getMonthValue()));
            case "day":
                return s.story.lastNamedDay == null ? null : Match.date(i, i + 2, Calendar.day(s.story.lastNamedDay));
            case "quarter", "half":
                return s.story.lastPeriodValue == null ? null : Match.date(i, i + 2, s.story.lastPeriodValue);
            default:
                return null;
        }
    }
}
