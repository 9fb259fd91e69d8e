package org.chronoquiz.dates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people type into {@link DateValue}s: "July 1944", "7/1944", "1944-07", "8 October 1980",
 * "October 8th, 1980", "10/8/1980", "March of 2022", "first half of 2023", "Q3 1989", "fall of 2011",
 * "the 1980s", "mid-1990s", "late May 2018", "the 20th century", and ranges: "2019-20", "2019 to 2020",
 * "Jan-Sep 2022", "January through September 2022", "22-23 November 2022", "November 22-23, 2022",
 * "between May and July 2020". Numeric day-month order is ambiguous, so every reading is returned.
 */
public final class TypedDates {
    /** Longer than any date anyone types; what is longer is not read at all, so no pattern runs on it. */
    public static final int MAX_LENGTH = 100;

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern TIMEX = Pattern.compile("\\d{4}-(q[1-4]|h[12]|sp|su|fa|wi)");
    private static final Pattern DECADE = Pattern.compile("(?:the )?(\\d{3})0'?s");
    private static final Pattern CENTURY = Pattern.compile("(?:the )?(\\d{1,2})(?:st|nd|rd|th) century");
    private static final Pattern HALF = Pattern.compile(
            "(?:the )?(?:(first|1st|second|2nd) half(?: of)?|h([12])) (\\d{4})|(\\d{4}) h([12])");
    private static final Pattern QUARTER = Pattern.compile("(?:the )?(?:(first|1st|second|2nd|third|3rd|fourth|4th) quarter"
            + "|q([1-4])|([1-4])q)(?: of|,)? (\\d{4})|(\\d{4}) ?q([1-4])");
    private static final String SEASON = "(spring|summer|autumn|fall|winter)";
    private static final Pattern SEASON_YEAR = Pattern.compile("(?:the )?" + SEASON + "(?: of|,)? (\\d{4})|(\\d{4}),? " + SEASON);
    private static final Pattern MONTH_FIRST = Pattern.compile(MONTH + "(?: (?:the )?(\\d{1,2})(?:st|nd|rd|th)?)?,?(?: of)? (\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTH + ",? (\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4}),? " + MONTH + "(?: (\\d{1,2}))?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})|(\\d{1,2})[/.](\\d{4})");
    private static final Pattern MOD = Pattern.compile(
            "(?:the )?(early|mid|late|(?:beginning|start|middle|end) of)[- ](.+)");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile(" ?- ?| to | through | thru | until | till | and ");
    /*
     * normalize's steps and rightEnd's tests, compiled once: every answer graded and every quiz question's hint reads
     * dates, and String.replaceAll compiles its pattern on each call.
     */
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(in|on|during|around|about|the year|sometime in)\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern DIGIT_DASH = Pattern.compile("(\\d)\\s*-\\s*(\\d)");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern FINAL_STOP = Pattern.compile("[.!?]$");
    private static final Pattern RANGE_START = Pattern.compile("^(from|between) ");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern MONTH_START = Pattern.compile("^" + MONTH + " ");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final List<String> SEASONS = List.of("spring", "summer", "autumn", "winter");

    private TypedDates() {
    }

    /** Every date the text can be read as; empty when it is not a date (or is too long to be one). */
    public static List<DateValue> read(String typed) {
        if (typed == null || typed.length() > MAX_LENGTH) {
            return List.of();
        }
        String s = normalize(typed);
        List<DateValue> single = single(s);
        return single.isEmpty() ? range(s) : single;
    }

    /** The one date the text reads as, when it reads as exactly one. */
    public static Optional<DateValue> readOne(String typed) {
        List<DateValue> all = read(typed);
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    private static List<DateValue> single(String s) {
        Matcher m = MOD.matcher(s);
        if (m.matches()) {
            String mod = switch (m.group(1)) {
                case "early" -> "EARLY";
                case "beginning of", "start of" -> "START";
                case "mid", "middle of" -> "MID";
                case "late" -> "LATE";
                default -> "END";
            };
            return plain(m.group(2)).stream().filter(d -> d.precision() != Precision.DAY).map(d -> d.withMod(mod)).toList();
        }
        return plain(s);
    }

    private static List<DateValue> plain(String s) {
        List<DateValue> out = new ArrayList<>();
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            String value = m.group(1) + (m.group(2) == null ? "" : "-" + two(m.group(2))) + (m.group(3) == null ? "" : "-" + two(m.group(3)));
            DateValue.parse(value, null).ifPresent(out::add);
        } else if (TIMEX.matcher(s).matches()) {
            DateValue.parse(s.toUpperCase(Locale.ROOT), null).ifPresent(out::add);
        } else if ((m = DECADE.matcher(s)).matches()) {
            DateValue.parse(m.group(1), null).ifPresent(out::add);
        } else if ((m = CENTURY.matcher(s)).matches() && num(m.group(1)) >= 1) {
            DateValue.parse(two(String.valueOf(num(m.group(1)) - 1)), null).ifPresent(out::add);
        } else if ((m = HALF.matcher(s)).matches()) {
            int half = m.group(2) != null ? num(m.group(2)) : m.group(5) != null ? num(m.group(5))
                    : m.group(1).startsWith("f") || m.group(1).startsWith("1") ? 1 : 2;
            out.add(DateValue.of(Precision.HALF, num(m.group(3) != null ? m.group(3) : m.group(4)), half, 0));
        } else if ((m = QUARTER.matcher(s)).matches()) {
            int quarter = m.group(1) != null ? ordinal(m.group(1)) : m.group(2) != null ? num(m.group(2))
                    : m.group(3) != null ? num(m.group(3)) : num(m.group(6));
            out.add(DateValue.of(Precision.QUARTER, num(m.group(4) != null ? m.group(4) : m.group(5)), quarter, 0));
        } else if ((m = SEASON_YEAR.matcher(s)).matches()) {
            String season = m.group(1) != null ? m.group(1) : m.group(4);
            out.add(DateValue.of(Precision.SEASON, num(m.group(1) != null ? m.group(2) : m.group(3)), season(season), 0));
        } else if ((m = MONTH_FIRST.matcher(s)).matches()) {
            add(out, num(m.group(3)), MONTHS.get(m.group(1)), num(m.group(2)));
        } else if ((m = DAY_FIRST.matcher(s)).matches()) {
            add(out, num(m.group(3)), MONTHS.get(m.group(2)), num(m.group(1)));
        } else if ((m = YEAR_MONTH.matcher(s)).matches()) {
            add(out, num(m.group(1)), MONTHS.get(m.group(2)), num(m.group(3)));
        } else if ((m = NUMERIC.matcher(s)).matches()) {
            if (m.group(4) != null) {
                add(out, num(m.group(5)), num(m.group(4)), 0);
            } else {
                add(out, num(m.group(3)), num(m.group(1)), num(m.group(2))); // 10/8/1980 read the American way
                add(out, num(m.group(3)), num(m.group(2)), num(m.group(1))); // and the European way
            }
        }
        return out;
    }

    /**
     * "A to B": the right end is read whole (borrowing the left's month when it is only a day: "November
     * 22-23, 2022"), then the left end is completed from it ("Jan-Sep 2022", "22-23 November 2022", "2019-20").
     */
    private static List<DateValue> range(String s) {
        String text = RANGE_START.matcher(s).replaceFirst("");
        List<DateValue> out = new ArrayList<>();
        Matcher sep = RANGE_SEPARATOR.matcher(text);
        while (sep.find()) {
            String left = text.substring(0, sep.start()).trim();
            String right = text.substring(sep.end()).trim();
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            for (DateValue last : rightEnd(left, right)) {
                for (DateValue first : leftEnd(left, last)) {
                    if (first.precision() == last.precision() && first.firstDay().isBefore(last.firstDay())
                            && !out.contains(first.withEnd(last))) {
                        out.add(first.withEnd(last));
                    }
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static List<DateValue> rightEnd(String left, String right) {
        List<DateValue> whole = single(right);
        if (!whole.isEmpty()) {
            return whole;
        }
        Matcher year = YEAR.matcher(left);
        if (TWO_DIGITS.matcher(right).matches() && year.matches()) { // "2019-20"
            int century = num(year.group(1)) / 100 * 100;
            return List.of(DateValue.of(Precision.YEAR, century + num(right), 0, 0));
        }
        Matcher month = MONTH_START.matcher(left + " ");
        return month.find() ? single(month.group(1) + " " + right) : List.of(); // "November 22-23, 2022"
    }

    private static List<DateValue> leftEnd(String left, DateValue last) {
        List<DateValue> whole = single(left);
        if (!whole.isEmpty()) {
            return whole;
        }
        String year = String.valueOf(last.year());
        String month = last.precision() == Precision.DAY ? DateWording.monthName(last.part()).toLowerCase(Locale.ROOT) : "";
        for (String completed : List.of(left + " " + year, left + " " + month + " " + year, month + " " + left + ", " + year)) {
            List<DateValue> read = single(completed.trim());
            if (!read.isEmpty()) {
                return read;
            }
        }
        return List.of();
    }

    private static void add(List<DateValue> out, int year, Integer month, int day) {
        if (month == null || month < 1 || month > 12) {
            return;
        }
        String value = padded(year, 4) + "-" + padded(month, 2) + (day == 0 ? "" : "-" + padded(day, 2));
        DateValue.parse(value, null).filter(d -> !out.contains(d)).ifPresent(out::add);
    }

    /** As String.format's %0Nd, without its parsing: at least {@code width} digits, zeros in front (a minus first). */
    static String padded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(width + 1);
        if (value < 0) {
            out.append('-');
            width--;
        }
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    private static int ordinal(String word) {
        return Character.isDigit(word.charAt(0)) ? word.charAt(0) - '0' : ORDINALS.indexOf(word) + 1;
    }

    private static int season(String name) {
        return name.equals("fall") ? 3 : SEASONS.indexOf(name) + 1;
    }

    private static int num(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }

    static String normalize(String typed) {
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
        s = DASHES.matcher(s).replaceAll("-");
        s = LEADING_WORDS.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = SLASH.matcher(s).replaceAll("/");
        s = DIGIT_DASH.matcher(s).replaceAll("$1-$2");
        s = COMMA.matcher(s).replaceAll(", ");
        return FINAL_STOP.matcher(s).replaceAll("");
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 1; i <= 12; i++) {
            String name = DateWording.monthName(i).toLowerCase(Locale.ROOT);
            m.put(name, i);
            m.put(name.substring(0, 3), i);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
