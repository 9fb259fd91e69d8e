package org.chronoquiz.timex;

import java.time.LocalDate;

/**
 * Clock times and day-parts attached to today or to a named day: "10 a.m.", "7:15 p.m. Tuesday",
 * "noon", "yesterday afternoon", "this morning" is handled with the other deictic words.
 */
final class TimeOfDayPatterns implements TimexPattern {

    private static final java.util.Set<String> ZONES = java.util.Set.of("edt", "est", "cdt", "cst", "mdt", "mst",
        "pdt", "pst", "gmt", "utc", "bst", "cet", "et", "pt", "ct", "mt");

    private final WeekdayPatterns weekdays = new WeekdayPatterns();
    private final AbsoluteDatePatterns dates = new AbsoluteDatePatterns();

    @Override
    public Match at(DocumentScan s, int i) {
        String w = s.lower(i);
        if (w.equals("yesterday") || w.equals("today") || w.equals("tomorrow")) {
            String part = s.lexicon.partOfDay(s.lower(i + 1));
            if (part != null) {
                LocalDate d = s.dct.plusDays(w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0);
                return new Match(i, i + 2, TimexType.TIME, Calendar.day(d) + "T" + part, null);
            }
            return null;
        }
        Match storyPart = partOfStoryDay(s, i);
        if (storyPart != null) {
            return storyPart;
        }
        String part = s.lexicon.partOfDay(w);
        if (part != null) {
            // "afternoon yesterday", "night Friday": the day-part first, then the day
            Match day = withDay(s, i, i + 1, "");
            return day.to() > i + 1 ? new Match(i, day.to(), TimexType.TIME, day.value() + part, null) : null;
        }
        if ((w.equals("noon") || w.equals("midday") || w.equals("midnight")) && !RelativeDatePatterns.isTitle(s, i)
            && !s.lower(i - 1).equals("high")) {
            String clock = w.equals("midnight") ? "24" : "12:00";
            return withDay(s, i, i + 1, clock);
        }
        if (!s.isNumber(i) || s.token(i).length() > 2) {
            return null;
        }
        int hour = s.intValue(i);
        int minute = 0;
        int j = i + 1;
        if (s.lower(j).equals(":") && s.attached(j) && s.isNumber(j + 1) && s.attached(j + 1)
            && s.token(j + 1).length() == 2) {
            minute = s.intValue(j + 1);
            j += 2;
        }
        int meridiem = meridiem(s, j);
        if (meridiem == 0 && j == i + 1 && hour >= 1 && hour <= 12 && s.lower(j).equals("o")
            && s.lower(j + 1).equals("'") && s.lower(j + 2).equals("clock")) {
            // "3 o'clock": the hour as written; a.m. or p.m. is not said
            return withDay(s, i, j + 3, Calendar.two(hour) + ":00");
        }
        String dayPart = s.lower(j).equals("in") && s.lower(j + 1).equals("the") ? s.lexicon.partOfDay(s.lower(j + 2)) : null;
        if (meridiem == 0 && hour >= 1 && hour <= 12 && minute < 60 && dayPart != null && !dayPart.equals("NI")) {
            // "4 in the morning", "5 in the afternoon": the part of day says a.m. or p.m.
            int h = dayPart.equals("MO") ? hour % 12 : hour % 12 + 12;
            return withDay(s, i, j + 3, Calendar.two(h) + ":" + Calendar.two(minute));
        }
        if (meridiem == 0) {
            // a 24-hour clock counts only with a time zone after it ("14:30 GMT"); bare "3:2" is a score
            boolean clock = j > i + 1 && hour < 24 && minute < 60 && ZONES.contains(s.lower(j));
            return clock ? withDay(s, i, j, Calendar.two(hour) + ":" + Calendar.two(minute)) : null;
        }
        if (hour > 12 || hour == 0 || minute > 59) {
            return null;
        }
        int end = j + meridiemLength(s, j);
        if (meridiem == 2 && hour < 12) {
            hour += 12;
        } else if (meridiem == 1 && hour == 12) {
            hour = 0;
        }
        return withDay(s, i, end, Calendar.two(hour) + ":" + Calendar.two(minute));
    }

    /**
     * "placed orders in the morning", "by mid afternoon": a part of the day the story is telling about.
     * Night is left out: "in the night" rarely dates anything.
     */
    private static Match partOfStoryDay(DocumentScan s, int i) {
        String w = s.lower(i);
        int j;
        if (w.equals("the") && s.lower(i - 1).equals("in")) {
            j = i + 1;
        } else if (w.equals("mid") && (s.lower(i - 1).equals("by") || s.lower(i - 1).equals("at")
            || s.lower(i - 1).equals("until") || s.lower(i - 1).equals("in"))) {
            j = s.lower(i + 1).equals("-") && s.attached(i + 1) ? i + 2 : i + 1;
        } else {
            return null;
        }
        String part = s.lexicon.partOfDay(s.lower(j));
        if (part == null || part.equals("NI") || s.lower(j + 1).equals("of")) {
            return null;
        }
        LocalDate day = s.storyDay();
        return new Match(i, j + 1, TimexType.TIME, Calendar.day(day) + "T" + part, null);
    }

    /** A weekday, "yesterday", "today" or "tomorrow" right after the time gives its date. */
    private Match withDay(DocumentScan s, int from, int end, String clock) {
        // a bare "10 p.m." belongs to the day the story is telling about, the creation date only by default
        LocalDate day = s.storyDay();
        if (ZONES.contains(s.lower(end))) {
            end++;
        }
        // "9:30 a.m. on Tuesday": the weekday dates the time but is tagged on its own (no preposition in extents)
        if (s.lower(end).equals("on") && s.lexicon.weekday(s.lower(end + 1)) != null) {
            Match m = weekdays.at(s, end + 1);
            if (m != null && m.type() == TimexType.DATE) {
                return new Match(from, end, TimexType.TIME, m.value() + "T" + clock, null);
            }
        }
        String next = s.lower(end);
        if (next.equals("yesterday")) {
            day = s.dct.minusDays(1);
            end++;
        } else if (next.equals("tomorrow")) {
            day = s.dct.plusDays(1);
            end++;
        } else if (next.equals("today")) {
            end++;
        } else if (next.equals(",") && s.lexicon.month(s.lower(end + 1)) != null
            || s.lexicon.month(next) != null) {
            // "5 p.m. EST, Nov. 6": the written date decides
            int j = next.equals(",") ? end + 1 : end;
            Match m = dates.at(s, j);
            if (m != null && m.value().length() == 10) {
                day = LocalDate.parse(m.value());
                end = m.to();
            }
        } else if (s.lexicon.weekday(next) != null) {
            Match m = weekdays.at(s, end);
            if (m != null && m.type() == TimexType.DATE) {
                // the tense is read around the whole "until 9 a.m. Tuesday", not from the weekday alone
                day = m.to() == end + 1 ? Calendar.weekday(s.dct, s.lexicon.weekday(next), s.tense(from, end + 1))
                    : LocalDate.parse(m.value());
                end = m.to();
            }
        }
        return new Match(from, end, TimexType.TIME, Calendar.day(day) + "T" + clock, null);
    }

    /** 1 for a.m., 2 for p.m., 0 otherwise; accepts "a.m.", "am", "p.m", "pm". */
    private static int meridiem(DocumentScan s, int j) {
        String w = s.lower(j);
        if (w.equals("am") || w.equals("pm")) {
            return w.equals("am") ? 1 : 2;
        }
        if ((w.equals("a") || w.equals("p")) && s.lower(j + 1).equals(".") && s.lower(j + 2).equals("m")) {
            return w.equals("a") ? 1 : 2;
        }
        return 0;
    }

    private static int meridiemLength(DocumentScan s, int j) {
        if (s.lower(j).length() == 2) {
            return 1;
        }
        return s.lower(j + 3).equals(".") && s.attached(j + 3) ? 4 : 3;
    }
}
