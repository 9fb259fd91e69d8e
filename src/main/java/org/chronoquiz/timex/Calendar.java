package org.chronoquiz.timex;

import org.chronoquiz.dates.DateValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** TIMEX3 value formatting and date arithmetic relative to a reference date. */
final class Calendar {

    private Calendar() {
    }

    static String day(LocalDate d) {
        return DateValue.ofDay(d).timex();
    }

    static String month(int year, int month) {
        return year(year) + "-" + two(month);
    }

    static String year(int year) {
        return String.format(java.util.Locale.ROOT, "%04d", year); // ASCII digits whatever the default locale
    }

    static String week(LocalDate d) {
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int q) {
        return year(year) + "-Q" + q;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Which weekday is meant: past tense looks back, future looks ahead, the same day is the DCT itself. */
    static LocalDate weekday(LocalDate dct, int isoDay, Tense tense) {
        int today = dct.getDayOfWeek().getValue();
        if (isoDay == today) {
            return dct;
        }
        int back = (today - isoDay + 7) % 7;
        int ahead = (isoDay - today + 7) % 7;
        if (tense == Tense.FUTURE) {
            return dct.plusDays(ahead);
        }
        if (tense == Tense.PRESENT && ahead <= 2) {
            return dct.plusDays(ahead);
        }
        return dct.minusDays(back);
    }

    /**
     * The year of a month (and day) given without one. The creation year wins unless the tense
     * says otherwise by a clear margin: "took place on November 22" in March is last November, but a
     * past-tense "said the dividend is payable Oct. 31" days before Oct. 31 stays in this year.
     */
    static int yearFor(LocalDate dct, int month, int day, Tense tense) {
        int y = dct.getYear();
        LocalDate candidate = safeDate(y, month, day == 0 ? 15 : day);
        long diff = candidate.toEpochDay() - dct.toEpochDay();
        int margin = day == 0 ? 120 : 90;
        if (tense == Tense.PAST && diff > margin) {
            return y - 1;
        }
        if (tense == Tense.FUTURE && diff < -margin) {
            return y + 1;
        }
        // a month eight months away on one side is the nearer one on the other, unless the tense
        // points that way: "will double by August" in February is this August, not last
        if (diff > 240 && tense != Tense.FUTURE) {
            return y - 1;
        }
        if (diff < -240 && tense != Tense.PAST) {
            return y + 1;
        }
        return y;
    }

    static LocalDate safeDate(int y, int m, int d) {
        LocalDate first = LocalDate.of(y, m, 1);
        return first.withDayOfMonth(Math.min(d, first.lengthOfMonth()));
    }

    static boolean validDay(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(2000, month, 1).lengthOfMonth();
    }

    static String season(int month) {
        if (month == 12 || month <= 2) {
            return "WI";
        }
        if (month <= 5) {
            return "SP";
        }
        return month <= 8 ? "SU" : "FA";
    }

    static int seasonIndex(String s) {
        return switch (s) {
            case "SP" -> 0;
            case "SU" -> 1;
            case "FA" -> 2;
            default -> 3;
        };
    }

    static LocalDate startOfWeek(LocalDate d) {
        return d.with(DayOfWeek.MONDAY);
    }
}
