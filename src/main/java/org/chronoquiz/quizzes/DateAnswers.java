package org.chronoquiz.quizzes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people type: "July 1944", "Jul 1944", "7/1944", "1944-07", "8 October 1980",
 * "October 8th, 1980", "10/8/1980", "first half of 2023", "Q3 1989", "third quarter of 1989",
 * "July-September 1989", "spring 2011", "fall of 2011". Numeric day-month orders are ambiguous,
 * so every reading is returned and grading accepts any that matches.
 */
public final class DateAnswers {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern HALF = Pattern.compile(
            "(?:(first|1st|second|2nd) half(?: of)?|h([12])) (\\d{4})|(\\d{4})[- ]h([12])");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}))?|(\\d{1,2})[/.](\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile(MONTH + "(?: (\\d{1,2})(?:st|nd|rd|th)?)?,? (\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTH + ",? (\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4}),? " + MONTH);
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final Pattern QUARTER = Pattern.compile("(?:the )?(?:(first|1st|second|2nd|third|3rd|fourth|4th) quarter"
            + "|q([1-4])|([1-4])q)(?: of|,)? (\\d{4})|(\\d{4})[- ]?q([1-4])");
    private static final Pattern MONTH_RANGE = Pattern.compile(MONTH + "(?:-| ?\u2013 ?| to )" + MONTH + ",? (\\d{4})");
    private static final List<String> SEASONS = List.of("spring", "summer", "autumn", "winter");
    private static final String SEASON = "(spring|summer|autumn|fall|winter)";
    private static final Pattern SEASON_YEAR = Pattern.compile("(?:the )?" + SEASON + "(?: of|,)? (\\d{4})"
            + "|(\\d{4}),? " + SEASON + "|(\\d{4})-(sp|su|fa|wi)");

    private DateAnswers() {
    }

    /** Every calendar date the text can be read as; empty when it is not a date. */
    public static List<DateValue> read(String typed) {
        String s = normalize(typed);
        List<DateValue> out = new ArrayList<>();
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            add(out, DateValue.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
        } else if ((m = HALF.matcher(s)).matches()) {
            if (m.group(3) != null) {
                int half = m.group(2) != null ? num(m.group(2)) : m.group(1).startsWith("f") || m.group(1).startsWith("1") ? 1 : 2;
                add(out, DateValue.ofHalf(num(m.group(3)), half));
            } else {
                add(out, DateValue.ofHalf(num(m.group(4)), num(m.group(5))));
            }
        } else if ((m = QUARTER.matcher(s)).matches()) {
            int quarter = m.group(1) != null ? ordinal(m.group(1)) : num(m.group(2) != null ? m.group(2) : m.group(3));
            add(out, m.group(4) != null ? DateValue.ofQuarter(num(m.group(4)), quarter)
                    : DateValue.ofQuarter(num(m.group(5)), num(m.group(6))));
        } else if ((m = SEASON_YEAR.matcher(s)).matches()) {
            if (m.group(6) != null) {
                add(out, DateValue.ofSeason(num(m.group(5)), "spsufawi".indexOf(m.group(6)) / 2 + 1));
            } else {
                add(out, m.group(1) != null ? DateValue.ofSeason(num(m.group(2)), season(m.group(1)))
                        : DateValue.ofSeason(num(m.group(3)), season(m.group(4))));
            }
        } else if ((m = MONTH_FIRST.matcher(s)).matches()) {
            add(out, DateValue.of(num(m.group(3)), MONTHS.get(m.group(1)), num(m.group(2))));
        } else if ((m = DAY_FIRST.matcher(s)).matches()) {
            add(out, DateValue.of(num(m.group(3)), MONTHS.get(m.group(2)), num(m.group(1))));
        } else if ((m = YEAR_MONTH.matcher(s)).matches()) {
            add(out, DateValue.of(num(m.group(1)), MONTHS.get(m.group(2)), 0));
        } else if ((m = MONTH_RANGE.matcher(s)).matches()) {
            int first = MONTHS.get(m.group(1));
            if (first % 3 == 1 && MONTHS.get(m.group(2)) == first + 2) { // only the three months of a quarter
                add(out, DateValue.ofQuarter(num(m.group(3)), first / 3 + 1));
            }
        } else if ((m = NUMERIC.matcher(s)).matches()) {
            if (m.group(4) != null) {
                add(out, DateValue.of(num(m.group(5)), num(m.group(4)), 0));
            } else if (m.group(3) != null) {
                int a = num(m.group(1));
                int b = num(m.group(2));
                add(out, DateValue.of(num(m.group(3)), a, b)); // 10/8/1980 read the American way
                add(out, DateValue.of(num(m.group(3)), b, a)); // and the European way
            }
        }
        return out;
    }

    private static void add(List<DateValue> out, DateValue v) {
        if (v.month() > 12) {
            return;
        }
        if (v.hasDay()) {
            try {
                LocalDate.of(v.year(), v.month(), v.day());
            } catch (DateTimeException e) {
                return;
            }
        }
        if (!out.contains(v)) {
            out.add(v);
        }
    }

    /** "third" or "3rd" as 3. */
    private static int ordinal(String word) {
        return Character.isDigit(word.charAt(0)) ? word.charAt(0) - '0' : ORDINALS.indexOf(word) + 1;
    }

    private static int season(String name) {
        return name.equals("fall") ? 3 : SEASONS.indexOf(name) + 1;
    }

    private static int num(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT)
                .replaceAll("^(in|on|during|the year)\\s+", "")
                .replaceAll("[\\s\u00a0]+", " ")
                .replaceAll("\\s*([/-])\\s*", "$1")
                .replaceAll("\\s*,\\s*", ", ")
                .replaceAll("[.!?]$", "");
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
            m.put(names[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
