package org.chronoquiz.quizzes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date at the precision it was given: a year, a half-year, a quarter, a season, a month or a day.
 * Parsed from TIMEX3 values ({@code 1944}, {@code 2023-H1}, {@code 1989-Q3}, {@code 2011-SP}, {@code 1944-07},
 * {@code 1980-10-08}). At most one of month, half, quarter and season is given.
 *
 * @param month   1..12, or 0 when not given
 * @param day     1..31, or 0 when not given
 * @param half    1 or 2 for a half-year, else 0
 * @param quarter 1..4 for a quarter, else 0
 * @param season  1 spring, 2 summer, 3 autumn, 4 winter (TIMEX3 SP, SU, FA, WI), else 0
 */
public record DateValue(int year, int month, int day, int half, int quarter, int season) {
    private static final String SEASONS = "SPSUFAWI"; // TIMEX3's codes, in the order of the season numbers
    private static final Pattern TIMEX = Pattern.compile(
            "(\\d{4})(?:-(?:H([12])|Q([1-4])|(SP|SU|FA|WI)|(\\d{2})(?:-(\\d{2}))?))?");

    /** The value of a TIMEX3 date (the first one of a range such as {@code 2019/2020}), if it is a calendar date. */
    public static Optional<DateValue> ofTimex(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String date = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        int time = date.indexOf('T'); // 2023-03-15TAF: a part of a day is still graded by its date
        Matcher m = TIMEX.matcher(time > 0 ? date.substring(0, time) : date);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DateValue(num(m.group(1)), num(m.group(5)), num(m.group(6)), num(m.group(2)),
                num(m.group(3)), m.group(4) == null ? 0 : SEASONS.indexOf(m.group(4)) / 2 + 1));
    }

    /** A year, a month of it (0 for none) and a day of that (0 for none). */
    public static DateValue of(int year, int month, int day) {
        return new DateValue(year, month, day, 0, 0, 0);
    }

    public static DateValue ofHalf(int year, int half) {
        return new DateValue(year, 0, 0, half, 0, 0);
    }

    public static DateValue ofQuarter(int year, int quarter) {
        return new DateValue(year, 0, 0, 0, quarter, 0);
    }

    public static DateValue ofSeason(int year, int season) {
        return new DateValue(year, 0, 0, 0, 0, season);
    }

    private static int num(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** Only the year: no month, half, quarter or season. */
    public boolean yearOnly() {
        return !hasMonth() && half == 0 && quarter == 0 && season == 0;
    }

    /** The TIMEX3 value of this date, the inverse of {@link #ofTimex}: {@code 1989-Q3}, {@code 2011-SP}, {@code 1944-07}. */
    public String timex() {
        String y = String.format(Locale.ROOT, "%04d", year);
        if (half > 0) {
            return y + "-H" + half;
        }
        if (quarter > 0) {
            return y + "-Q" + quarter;
        }
        if (season > 0) {
            return y + "-" + SEASONS.substring(2 * season - 2, 2 * season);
        }
        if (!hasMonth()) {
            return y;
        }
        return hasDay() ? String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day) : String.format(Locale.ROOT, "%s-%02d", y, month);
    }

    /** The precision asked for, in words, for a typed question's hint. */
    public String precision() {
        if (half > 0) {
            return "the half-year";
        }
        if (quarter > 0) {
            return "the quarter and year";
        }
        if (season > 0) {
            return "the season and year";
        }
        return hasDay() ? "the day, month and year" : hasMonth() ? "the month and year" : "the year";
    }
}
