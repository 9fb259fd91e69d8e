package org.chronoquiz.generation;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date at some granularity, parsed from a TIMEX3 value, optionally a range (same granularity
 * at both ends). It can be written as a person writes it and shifted by whole units, which is all that
 * answers and distractors need.
 *
 * @param part month (1-12), half (1-2), quarter (1-4) or season (0-3, spring first); 0 for a year
 * @param day  day of month for {@link Granularity#DAY}, else 0
 * @param mod  TIMEX3 mod (EARLY, MID, LATE, ...) or null
 * @param end  the last unit of a range, else null
 */
record DateValue(Granularity granularity, int year, int part, int day, String mod, DateValue end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final String SEASONS = "SPSUFAWI";
    private static final String[] SEASON_NAMES = {"spring", "summer", "autumn", "winter"};
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    /** The value of a question-worthy date; vague references, durations and sets give empty. */
    static Optional<DateValue> parse(String value, String mod) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = YEAR.matcher(value)).matches()) {
            return Optional.of(new DateValue(Granularity.YEAR, num(m, 1), 0, 0, mod, null));
        }
        if ((m = HALF.matcher(value)).matches()) {
            return Optional.of(new DateValue(Granularity.HALF, num(m, 1), num(m, 2), 0, mod, null));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return Optional.of(new DateValue(Granularity.QUARTER, num(m, 1), num(m, 2), 0, mod, null));
        }
        if ((m = SEASON.matcher(value)).matches()) {
            int season = SEASONS.indexOf(m.group(2)) / 2;
            return Optional.of(new DateValue(Granularity.SEASON, num(m, 1), season, 0, mod, null));
        }
        if ((m = MONTH.matcher(value)).matches() && num(m, 2) >= 1 && num(m, 2) <= 12) {
            return Optional.of(new DateValue(Granularity.MONTH, num(m, 1), num(m, 2), 0, mod, null));
        }
        if ((m = DAY.matcher(value)).matches()) {
            try {
                LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            return Optional.of(new DateValue(Granularity.DAY, num(m, 1), num(m, 2), num(m, 3), mod, null));
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    boolean isRange() {
        return end != null;
    }

    DateValue withEnd(DateValue last) {
        return new DateValue(granularity, year, part, day, mod, last);
    }

    /** The canonical TIMEX3 value of the (start of the) date. */
    String value() {
        return switch (granularity) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case HALF -> String.format(Locale.ROOT, "%04d-H%d", year, part);
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, part);
            case SEASON -> String.format(Locale.ROOT, "%04d-%s", year, SEASONS.substring(part * 2, part * 2 + 2));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, part);
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, part, day);
        };
    }

    /** This date moved by {@code units} of its own granularity; a range keeps its length. */
    DateValue shift(long units) {
        DateValue moved = fromOrdinal(granularity, ordinal() + units, mod);
        return end == null ? moved : moved.withEnd(end.shift(units));
    }

    /** A day (or day range) moved by whole calendar months, for "same day, other month" distractors. */
    DateValue shiftMonths(int months) {
        if (granularity != Granularity.DAY) {
            return shift(months * (long) (granularity == Granularity.MONTH ? 1 : 0));
        }
        LocalDate d = firstDay().plusMonths(months);
        DateValue moved = new DateValue(granularity, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), mod, null);
        return end == null ? moved : moved.withEnd(end.shiftMonths(months));
    }

    private long ordinal() {
        return switch (granularity) {
            case YEAR -> year;
            case HALF -> year * 2L + part - 1;
            case QUARTER, SEASON -> year * 4L + (granularity == Granularity.SEASON ? part : part - 1);
            case MONTH -> year * 12L + part - 1;
            case DAY -> LocalDate.of(year, part, day).toEpochDay();
        };
    }

    private static DateValue fromOrdinal(Granularity g, long n, String mod) {
        return switch (g) {
            case YEAR -> new DateValue(g, (int) n, 0, 0, mod, null);
            case HALF -> new DateValue(g, (int) Math.floorDiv(n, 2), (int) Math.floorMod(n, 2) + 1, 0, mod, null);
            case QUARTER -> new DateValue(g, (int) Math.floorDiv(n, 4), (int) Math.floorMod(n, 4) + 1, 0, mod, null);
            case SEASON -> new DateValue(g, (int) Math.floorDiv(n, 4), (int) Math.floorMod(n, 4), 0, mod, null);
            case MONTH -> new DateValue(g, (int) Math.floorDiv(n, 12), (int) Math.floorMod(n, 12) + 1, 0, mod, null);
            case DAY -> {
                LocalDate d = LocalDate.ofEpochDay(n);
                yield new DateValue(g, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), mod, null);
            }
        };
    }

    LocalDate firstDay() {
        return switch (granularity) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case HALF -> LocalDate.of(year, part == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, (part - 1) * 3 + 1, 1);
            case SEASON -> LocalDate.of(year, part * 3 + 3, 1);
            case MONTH -> LocalDate.of(year, part, 1);
            case DAY -> LocalDate.of(year, part, day);
        };
    }

    LocalDate lastDay() {
        if (end != null) {
            return end.lastDay();
        }
        return switch (granularity) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case HALF, QUARTER, SEASON -> firstDay().plusMonths(granularity == Granularity.HALF ? 6 : 3).minusDays(1);
            case MONTH -> firstDay().plusMonths(1).minusDays(1);
            case DAY -> firstDay();
        };
    }

    boolean overlaps(DateValue other) {
        return !lastDay().isBefore(other.firstDay()) && !other.lastDay().isBefore(firstDay());
    }

    /** The date as a person writes it: "2015", "July 1944", "October 8, 1980", "November 22-23, 2022". */
    String format() {
        if (end == null) {
            return modPrefix() + single(true);
        }
        if (granularity == Granularity.YEAR) {
            return year + "-" + end.year;
        }
        if (year != end.year) {
            return single(true) + " to " + end.single(true);
        }
        return switch (granularity) {
            case DAY -> part == end.part
                    ? monthName(part) + " " + day + "-" + end.day + ", " + year
                    : monthName(part) + " " + day + " to " + monthName(end.part) + " " + end.day + ", " + year;
            case MONTH -> monthName(part) + " to " + monthName(end.part) + " " + year;
            default -> single(false) + " to " + end.single(true);
        };
    }

    private String modPrefix() {
        if (mod == null || !(granularity == Granularity.YEAR || granularity == Granularity.MONTH)) {
            return "";
        }
        return switch (mod) {
            case "START", "EARLY" -> "early ";
            case "MID" -> "mid-";
            case "END", "LATE" -> "late ";
            default -> "";
        };
    }

    private String single(boolean withYear) {
        String y = withYear ? String.valueOf(year) : "";
        return switch (granularity) {
            case YEAR -> String.valueOf(year);
            case HALF, QUARTER -> (ORDINALS[part - 1] + " " + granularity.name().toLowerCase(Locale.ROOT)
                    + (withYear ? " of " + y : "")).trim();
            case SEASON -> (SEASON_NAMES[part] + " " + y).trim();
            case MONTH -> (monthName(part) + " " + y).trim();
            case DAY -> monthName(part) + " " + day + (withYear ? ", " + y : "");
        };
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
