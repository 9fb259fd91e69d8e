package org.chronoquiz.timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Named days of the calendar: "Thanksgiving Day", "Christmas Eve", "New Year's Day", "Election Day",
 * "last Thanksgiving". The year follows the tense like a year-less month and day ("was found on
 * Thanksgiving Day" in January is last November's), or an explicit year after the name.
 */
final class HolidayPatterns implements TimexPattern {

    /** Holidays on the same day every year, by their first word. */
    private static final Map<String, MonthDay> FIXED = Map.of(
        "christmas", MonthDay.of(12, 25), "halloween", MonthDay.of(10, 31), "valentine", MonthDay.of(2, 14));

    /** Nouns that make the holiday name an adjective for a thing, not a day: "Christmas tree". */
    private static final Set<String> THINGS = Set.of("tree", "trees", "card", "cards", "carol", "carols", "gift",
        "gifts", "present", "presents", "decorations", "lights", "music", "spirit", "story", "turkey", "parade", "egg",
        "eggs", "bunny", "rising", "offensive");

    @Override
    public Match at(DocumentScan s, int i) {
        String w = s.lower(i);
        Tense forced = null;
        int start = i;
        if ((w.equals("last") || w.equals("next") || w.equals("this")) && s.capitalised(i + 1)) {
            forced = w.equals("last") ? Tense.PAST : w.equals("next") ? Tense.FUTURE : null;
            i++;
        }
        if (!s.capitalised(i)) {
            return null;
        }
        Holiday h = holiday(s, i);
        if (h == null || THINGS.contains(s.lower(h.end()))) {
            return null;
        }
        int end = h.end();
        int year;
        if (s.yearAt(end) > 0) {
            year = s.yearAt(end);
            end++;
        } else {
            MonthDay typical = h.date(s.dct.getYear());
            Tense t = forced != null ? forced : s.tense(start, end);
            year = Calendar.yearFor(s.dct, typical.getMonthValue(), typical.getDayOfMonth(), t);
            if (forced == Tense.PAST && !LocalDate.of(year, typical.getMonthValue(), typical.getDayOfMonth()).isBefore(s.dct)) {
                year--;
            } else if (forced == Tense.FUTURE && !LocalDate.of(year, typical.getMonthValue(), typical.getDayOfMonth()).isAfter(s.dct)) {
                year++;
            }
        }
        MonthDay md = h.date(year);
        LocalDate date = LocalDate.of(year, md.getMonthValue(), md.getDayOfMonth());
        if (s.lower(i).equals("easter") && s.lower(end).equals("week")) {
            // "Easter week" is Holy Week, which ends on Easter Sunday, the last day of its ISO week
            return Match.date(start, end + 1, Calendar.week(date));
        }
        return Match.date(start, end, Calendar.day(date));
    }

    /** Which holiday starts at token i, with the token index past its name. */
    private static Holiday holiday(DocumentScan s, int i) {
        String w = s.lower(i);
        String next = s.lower(i + 1);
        boolean day = next.equals("day") && s.capitalised(i + 1);
        switch (w) {
            case "thanksgiving":
                return new Holiday(day ? i + 2 : i + 1, y -> nth(y, 11, DayOfWeek.THURSDAY, 4));
            case "election":
                // the US federal election day: the Tuesday after the first Monday of November
                return day ? new Holiday(i + 2, y -> MonthDay.from(nth(y, 11, DayOfWeek.MONDAY, 1).atYear(y).plusDays(1))) : null;
            case "labor":
                return day ? new Holiday(i + 2, y -> nth(y, 9, DayOfWeek.MONDAY, 1)) : null;
            case "memorial":
                return day ? new Holiday(i + 2, y -> MonthDay.from(LocalDate.of(y, 5, 1)
                    .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))) : null;
            case "easter":
                // "Easter", "Easter Sunday"; "Easter Monday" is a different day, left alone
                if (next.equals("monday") || next.equals("island")) {
                    return null;
                }
                return new Holiday(next.equals("sunday") ? i + 2 : i + 1, HolidayPatterns::easter);
            case "independence":
                return day ? new Holiday(i + 2, y -> MonthDay.of(7, 4)) : null;
            case "new":
                // "New Year's Day", "New Year's Eve"
                if (next.equals("year") && s.lower(i + 2).equals("'") && s.lower(i + 3).equals("s")) {
                    String tail = s.lower(i + 4);
                    if (tail.equals("day")) {
                        return new Holiday(i + 5, y -> MonthDay.of(1, 1));
                    }
                    if (tail.equals("eve")) {
                        return new Holiday(i + 5, y -> MonthDay.of(12, 31));
                    }
                }
                return null;
            default:
                MonthDay fixed = FIXED.get(w);
                if (fixed == null) {
                    return null;
                }
                if (w.equals("valentine")) {
                    // only "Valentine's Day"
                    boolean possessive = next.equals("'") && s.lower(i + 2).equals("s") && s.lower(i + 3).equals("day");
                    return possessive ? new Holiday(i + 4, y -> fixed) : null;
                }
                if (w.equals("christmas") && next.equals("eve") && s.capitalised(i + 1)) {
                    return new Holiday(i + 2, y -> MonthDay.of(12, 24));
                }
                return new Holiday(day ? i + 2 : i + 1, y -> fixed);
        }
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus). */
    static MonthDay easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return MonthDay.of(month, day);
    }

    private static MonthDay nth(int year, int month, DayOfWeek dow, int n) {
        return MonthDay.from(LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow)));
    }

    /** A holiday's name ends before token {@code end}; {@code date} gives its day in a year. */
    private record Holiday(int end, IntFunction<MonthDay> date) {
        MonthDay date(int year) {
            return date.apply(year);
        }
    }
}
