package org.chronoquiz.dates;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Every English text the product writes about a date: the date itself ("October 8, 1980", "first half of
 * 2023", "November 22-23, 2022"), the hint of a typed question ("Give the month and year."), and how far a
 * wrong date is off ("two years early"). One place, so a question, its hint and its feedback never disagree.
 */
public final class DateWording {
    private static final String[] SEASON_NAMES = {"spring", "summer", "autumn", "winter"};
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private DateWording() {
    }

    /** The date as a person writes it: "2015", "July 1944", "October 8, 1980", "November 22-23, 2022". */
    public static String format(DateValue d) {
        if (!d.isRange()) {
            String prefix = modPrefix(d);
            return d.precision() == Precision.DECADE && !prefix.isEmpty() ? "the " + prefix + d.year() + "s"
                    : prefix + single(d, true);
        }
        DateValue e = d.end();
        return switch (d.precision()) {
            case YEAR -> d.year() + "-" + e.year();
            case DECADE, CENTURY -> single(d, true) + " to " + single(e, true);
            case DAY -> d.year() != e.year() ? single(d, true) + " to " + single(e, true)
                    : d.part() == e.part() ? monthName(d.part()) + " " + d.day() + "-" + e.day() + ", " + d.year()
                    : monthName(d.part()) + " " + d.day() + " to " + monthName(e.part()) + " " + e.day() + ", " + d.year();
            case MONTH -> d.year() != e.year() ? single(d, true) + " to " + single(e, true)
                    : monthName(d.part()) + " to " + monthName(e.part()) + " " + d.year();
            default -> single(d, d.year() != e.year()) + " to " + single(e, true);
        };
    }

    private static String modPrefix(DateValue d) {
        if (d.mod() == null || d.precision() == Precision.DAY || d.precision() == Precision.WEEK) {
            return "";
        }
        return switch (d.mod()) {
            case "START", "EARLY" -> "early ";
            case "MID" -> "mid-";
            case "END", "LATE" -> "late ";
            default -> "";
        };
    }

    private static String single(DateValue d, boolean withYear) {
        String y = withYear ? " " + d.year() : "";
        return switch (d.precision()) {
            case CENTURY -> "the " + ordinalNumber(d.year() / 100 + 1) + " century";
            case DECADE -> d.mod() == null ? "the " + d.year() + "s" : d.year() + "s";
            case YEAR -> String.valueOf(d.year());
            case HALF, QUARTER -> ORDINALS.get(d.part() - 1) + " " + d.precision().name().toLowerCase(Locale.ROOT)
                    + (withYear ? " of" + y : "");
            case SEASON -> SEASON_NAMES[d.part() - 1] + y;
            case MONTH -> monthName(d.part()) + y;
            case WEEK -> "the week of " + format(DateValue.ofDay(d.firstDay()));
            case DAY -> monthName(d.part()) + " " + d.day() + (withYear ? "," + y : "");
        };
    }

    static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String ordinalNumber(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** What a typed question asks for: "Give the month and year.", "Give the first and last year." */
    public static String hint(DateValue d) {
        if (d.isRange()) {
            return switch (d.precision()) {
                case DAY -> "Give the first and last day, with the month and year.";
                case MONTH -> "Give the first and last month, with the year.";
                default -> "Give the first and last " + d.precision().noun() + ".";
            };
        }
        return switch (d.precision()) {
            case DAY -> "Give the day, month and year.";
            case WEEK -> "Give the week, as a day of it.";
            case MONTH -> "Give the month and year.";
            case SEASON, QUARTER -> "Give the " + d.precision().noun() + " and the year.";
            case HALF -> "Give the half of the year and the year.";
            case YEAR -> "Give the year.";
            case DECADE, CENTURY -> "Give the " + d.precision().noun() + ".";
        };
    }

    /**
     * How far {@code got} is from {@code want}, counted in {@code want}'s unit: "two years early", "a month
     * late". Empty when they overlap.
     */
    public static String offset(DateValue got, DateValue want) {
        if (got.overlaps(want)) {
            return "";
        }
        Precision unit = switch (want.precision()) {
            case HALF, QUARTER, SEASON -> Precision.MONTH; // "four months early" reads better than "a quarter early"
            default -> want.precision();
        };
        long n = Math.abs(got.start().startAt(unit).unitsAfter(want.start().startAt(unit)));
        LocalDate a = got.start().firstDay();
        LocalDate b = want.start().firstDay();
        if (unit == Precision.MONTH && n % 12 == 0
                || unit == Precision.DAY && a.getDayOfMonth() == b.getDayOfMonth() && a.getMonth() == b.getMonth()) {
            unit = Precision.YEAR; // "two years early", not "twenty-four months early"
            n = Math.abs(a.getYear() - b.getYear());
        } else if (unit == Precision.DAY && a.getDayOfMonth() == b.getDayOfMonth()) {
            unit = Precision.MONTH;
            n = Math.abs(got.start().startAt(unit).unitsAfter(want.start().startAt(unit)));
        }
        String noun = unit == Precision.DAY ? "day" : unit.noun();
        return count(n) + " " + noun + (n == 1 ? "" : "s") + (a.isBefore(b) ? " early" : " late");
    }

    private static String count(long n) {
        if (n == 1) {
            return "a";
        }
        return n < COUNTS.size() ? COUNTS.get((int) n) : String.valueOf(n);
    }
}
