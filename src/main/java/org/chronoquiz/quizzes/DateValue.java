package org.chronoquiz.quizzes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date at the precision it was given: a year, a half-year, a month or a day.
 * Parsed from TIMEX3 values ({@code 1944}, {@code 2023-H1}, {@code 1944-07}, {@code 1980-10-08}).
 *
 * @param month 1..12, or 0 when not given
 * @param day   1..31, or 0 when not given
 * @param half  1 or 2 for a half-year, else 0
 */
public record DateValue(int year, int month, int day, int half) {
    private static final Pattern TIMEX = Pattern.compile("(\\d{4})(?:-(?:H([12])|(\\d{2})(?:-(\\d{2}))?))?");

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
        return Optional.of(new DateValue(Integer.parseInt(m.group(1)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** The precision asked for, in words, for a typed question's hint. */
    public String precision() {
        if (half > 0) {
            return "the half-year";
        }
        return hasDay() ? "the day, month and year" : hasMonth() ? "the month and year" : "the year";
    }
}
