package org.chronoquiz.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date at the precision it was given, the product's one model of a dated value: what the
 * extractor finds, what a question asks, what a learner types and what an instructor enters are all read
 * into this type. It is a TIMEX3 date value ({@code 1944}, {@code 198}, {@code 2023-H1}, {@code 1989-Q3},
 * {@code 2011-SP}, {@code 1944-07}, {@code 2023-W11}, {@code 1980-10-08}, {@code 2023-03-15TAF}) with its
 * {@code mod}, or a range of two such values of one precision.
 *
 * @param year  the year; for a decade its first year (1980), for a century its first (1900); for a week the
 *              ISO week-based year
 * @param part  month (1-12), half (1-2), quarter (1-4), season (1 spring .. 4 winter, TIMEX3's SP SU FA WI)
 *              or ISO week (1-53); 0 for a year, decade or century
 * @param day   day of month for {@link Precision#DAY}, else 0
 * @param time  the TIMEX3 time of a day ("TAF", "T14:30"), else null; it does not change which day is meant
 * @param mod   TIMEX3 mod (EARLY, MID, LATE, START, END, ...) or null
 * @param end   the last unit of a range (same precision, no end of its own), else null
 */
public record DateValue(Precision precision, int year, int part, int day, String time, String mod, DateValue end) {

    private static final Pattern TIMEX = Pattern.compile(
            "(\\d{4})(?:-(?:H([12])|Q([1-4])|(SP|SU|FA|WI)|W(\\d{2})|(\\d{2})(?:-(\\d{2})(T[0-9A-Z:.]+)?)?))?");
    private static final Pattern DECADE_OR_CENTURY = Pattern.compile("\\d{2,3}");
    private static final String SEASONS = "SPSUFAWI"; // TIMEX3's codes, in the order of the season numbers

    public DateValue {
        if (end != null && (end.precision != precision || end.end != null)) {
            throw new IllegalArgumentException("a range joins two dates of one precision");
        }
    }

    /** A single date with no mod. */
    public static DateValue of(Precision precision, int year, int part, int day) {
        return new DateValue(precision, year, part, day, null, null, null);
    }

    public static DateValue ofDay(LocalDate d) {
        return of(Precision.DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /**
     * The date a TIMEX3 value names, if it is a calendar date; "A/B" is a range. Vague references
     * (PAST_REF), durations (P3Y), sets, unknown parts (1989-QX, XXXX-03) and impossible days give empty.
     */
    public static Optional<DateValue> parse(String value, String mod) {
        if (value == null) {
            return Optional.empty();
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            Optional<DateValue> first = parse(value.substring(0, slash), mod);
            Optional<DateValue> last = parse(value.substring(slash + 1), null);
            return first.flatMap(f -> last.filter(l -> l.precision == f.precision && f.firstDay().isBefore(l.firstDay()))
                    .map(f::withEnd));
        }
        if (DECADE_OR_CENTURY.matcher(value).matches()) { // "198" is the 1980s, "19" the 1900s
            boolean century = value.length() == 2;
            int first = Integer.parseInt(value) * (century ? 100 : 10);
            return Optional.of(new DateValue(century ? Precision.CENTURY : Precision.DECADE, first, 0, 0, null, mod, null));
        }
        Matcher m = TIMEX.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = num(m.group(1));
        if (m.group(2) != null) {
            return Optional.of(new DateValue(Precision.HALF, year, num(m.group(2)), 0, null, mod, null));
        }
        if (m.group(3) != null) {
            return Optional.of(new DateValue(Precision.QUARTER, year, num(m.group(3)), 0, null, mod, null));
        }
        if (m.group(4) != null) {
            return Optional.of(new DateValue(Precision.SEASON, year, SEASONS.indexOf(m.group(4)) / 2 + 1, 0, null, mod, null));
        }
        if (m.group(5) != null) {
            int week = num(m.group(5));
            boolean exists = week >= 1 && week <= LocalDate.of(year, 7, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            return exists ? Optional.of(new DateValue(Precision.WEEK, year, week, 0, null, mod, null)) : Optional.empty();
        }
        if (m.group(6) == null) {
            return Optional.of(new DateValue(Precision.YEAR, year, 0, 0, null, mod, null));
        }
        int month = num(m.group(6));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        if (m.group(7) == null) {
            return Optional.of(new DateValue(Precision.MONTH, year, month, 0, null, mod, null));
        }
        int day = num(m.group(7));
        if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(new DateValue(Precision.DAY, year, month, day, m.group(8), mod, null));
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    public boolean isRange() {
        return end != null;
    }

    public DateValue withEnd(DateValue last) {
        return new DateValue(precision, year, part, day, time, mod, last == null ? null : last.withoutEnd());
    }

    public DateValue withMod(String newMod) {
        return new DateValue(precision, year, part, day, time, newMod, end);
    }

    /** The same month, day, quarter, half or season in another year (29 February becomes the 28th). */
    public DateValue inYear(int newYear) {
        int newDay = precision == Precision.DAY ? Math.min(day, LocalDate.of(newYear, part, 1).lengthOfMonth()) : day;
        return new DateValue(precision, newYear, part, newDay, time, mod, end);
    }

    /** The first unit of a range, or this date. */
    public DateValue start() {
        return withoutEnd();
    }

    /** The last unit of a range, or this date. */
    public DateValue last() {
        return end == null ? this : end;
    }

    private DateValue withoutEnd() {
        return end == null ? this : new DateValue(precision, year, part, day, time, mod, null);
    }

    /** The TIMEX3 value of the date (of its start, for a range), without any time of day. */
    public String timex() {
        String y = String.format(Locale.ROOT, "%04d", year);
        return switch (precision) {
            case CENTURY -> y.substring(0, 2);
            case DECADE -> y.substring(0, 3);
            case YEAR -> y;
            case HALF -> y + "-H" + part;
            case QUARTER -> y + "-Q" + part;
            case SEASON -> y + "-" + SEASONS.substring(2 * part - 2, 2 * part);
            case WEEK -> y + String.format(Locale.ROOT, "-W%02d", part);
            case MONTH -> y + String.format(Locale.ROOT, "-%02d", part);
            case DAY -> y + String.format(Locale.ROOT, "-%02d-%02d", part, day);
        };
    }

    /** This date moved by {@code units} of its own precision; a range keeps its length. */
    public DateValue shift(long units) {
        DateValue moved = fromOrdinal(precision, ordinal() + units, mod);
        return end == null ? moved : moved.withEnd(end.shift(units));
    }

    /** A day (or day range) moved by whole calendar months; a month by months; anything else stays. */
    public DateValue shiftMonths(int months) {
        if (precision == Precision.MONTH) {
            return shift(months);
        }
        if (precision != Precision.DAY) {
            return this;
        }
        LocalDate d = LocalDate.of(year, part, day).plusMonths(months);
        DateValue moved = new DateValue(precision, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), time, mod, null);
        return end == null ? moved : moved.withEnd(end.shiftMonths(months));
    }

    /** How many units of this date's precision lie from {@code other}'s start to this one's (negative: earlier). */
    public long unitsAfter(DateValue other) {
        DateValue o = other.precision == precision ? other : other.startAt(precision);
        return ordinal() - o.ordinal();
    }

    /** The unit of {@code p} in which this date begins: the quarter of a day, the year of a month. */
    public DateValue startAt(Precision p) {
        LocalDate first = unmodifiedFirstDay();
        return switch (p) {
            case CENTURY -> of(p, Math.floorDiv(first.getYear(), 100) * 100, 0, 0);
            case DECADE -> of(p, Math.floorDiv(first.getYear(), 10) * 10, 0, 0);
            case YEAR -> of(p, first.getYear(), 0, 0);
            case HALF -> of(p, first.getYear(), first.getMonthValue() <= 6 ? 1 : 2, 0);
            case QUARTER -> of(p, first.getYear(), (first.getMonthValue() - 1) / 3 + 1, 0);
            case SEASON -> seasonOf(first);
            case MONTH -> of(p, first.getYear(), first.getMonthValue(), 0);
            case WEEK -> of(p, first.get(IsoFields.WEEK_BASED_YEAR), first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 0);
            case DAY -> ofDay(first);
        };
    }

    private static DateValue seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        return m <= 2 ? of(Precision.SEASON, d.getYear() - 1, 4, 0) : of(Precision.SEASON, d.getYear(), m == 12 ? 4 : m / 3, 0);
    }

    private long ordinal() {
        return switch (precision) {
            case CENTURY -> Math.floorDiv(year, 100);
            case DECADE -> Math.floorDiv(year, 10);
            case YEAR -> year;
            case HALF -> year * 2L + part - 1;
            case QUARTER, SEASON -> year * 4L + part - 1;
            case MONTH -> year * 12L + part - 1;
            case WEEK -> Math.floorDiv(unmodifiedFirstDay().toEpochDay() + 3, 7); // epoch day 0 is a Thursday
            case DAY -> unmodifiedFirstDay().toEpochDay();
        };
    }

    private static DateValue fromOrdinal(Precision p, long n, String mod) {
        return switch (p) {
            case CENTURY -> new DateValue(p, (int) (n * 100), 0, 0, null, mod, null);
            case DECADE -> new DateValue(p, (int) (n * 10), 0, 0, null, mod, null);
            case YEAR -> new DateValue(p, (int) n, 0, 0, null, mod, null);
            case HALF -> new DateValue(p, (int) Math.floorDiv(n, 2), (int) Math.floorMod(n, 2) + 1, 0, null, mod, null);
            case QUARTER, SEASON -> new DateValue(p, (int) Math.floorDiv(n, 4), (int) Math.floorMod(n, 4) + 1, 0, null, mod, null);
            case MONTH -> new DateValue(p, (int) Math.floorDiv(n, 12), (int) Math.floorMod(n, 12) + 1, 0, null, mod, null);
            case WEEK -> {
                LocalDate monday = LocalDate.ofEpochDay(n * 7 - 3);
                yield new DateValue(p, monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        0, null, mod, null);
            }
            case DAY -> {
                LocalDate d = LocalDate.ofEpochDay(n);
                yield new DateValue(p, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), null, mod, null);
            }
        };
    }

    /** The first day the date covers, its mod applied ("late 2019" begins in September). */
    public LocalDate firstDay() {
        LocalDate first = unmodifiedFirstDay();
        long days = unmodifiedLastDay().toEpochDay() - first.toEpochDay() + 1;
        return switch (mod == null ? "" : mod) {
            case "MID" -> first.plusDays(days / 3);
            case "END", "LATE" -> first.plusDays(days - days / 3);
            default -> first;
        };
    }

    /** The last day the date (or range) covers, its mod applied ("early 2019" ends in April). */
    public LocalDate lastDay() {
        if (end != null) {
            return end.lastDay();
        }
        LocalDate first = unmodifiedFirstDay();
        LocalDate last = unmodifiedLastDay();
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        return switch (mod == null ? "" : mod) {
            case "START", "EARLY" -> first.plusDays(days / 3 - 1);
            case "MID" -> first.plusDays(days - days / 3 - 1);
            default -> last;
        };
    }

    private LocalDate unmodifiedFirstDay() {
        return switch (precision) {
            case CENTURY, DECADE, YEAR -> LocalDate.of(year, 1, 1);
            case HALF -> LocalDate.of(year, part == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, (part - 1) * 3 + 1, 1);
            case SEASON -> LocalDate.of(year, part * 3, 1); // spring from March, winter from December
            case MONTH -> LocalDate.of(year, part, 1);
            case WEEK -> LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, part).with(DayOfWeek.MONDAY);
            case DAY -> LocalDate.of(year, part, day);
        };
    }

    private LocalDate unmodifiedLastDay() {
        LocalDate first = unmodifiedFirstDay();
        return switch (precision) {
            case CENTURY -> first.plusYears(100).minusDays(1);
            case DECADE -> first.plusYears(10).minusDays(1);
            case YEAR -> first.with(TemporalAdjusters.lastDayOfYear());
            case HALF -> first.plusMonths(6).minusDays(1);
            case QUARTER, SEASON -> first.plusMonths(3).minusDays(1);
            case MONTH -> first.with(TemporalAdjusters.lastDayOfMonth());
            case WEEK -> first.plusDays(6);
            case DAY -> first;
        };
    }

    /** The same date without its mod: "May 2018" for "late May 2018". */
    public DateValue unmodified() {
        return new DateValue(precision, year, part, day, time, null, end == null ? null : end.withMod(null));
    }

    public boolean overlaps(DateValue other) {
        return !lastDay().isBefore(other.firstDay()) && !other.lastDay().isBefore(firstDay());
    }

    /** Whether every day of {@code other} is one of this date's. */
    public boolean contains(DateValue other) {
        return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
    }
}
