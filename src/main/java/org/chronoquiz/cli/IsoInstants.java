package org.chronoquiz.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * ISO-8601 instants for the replay's JSON. java.time's formatter-based parse and toString cost about a
 * microsecond each, more than a scheduler review, so the canonical whole-second UTC form
 * ("2022-11-29T12:30:00Z") is read and written by hand; anything else goes through java.time.
 */
final class IsoInstants {
    private static final int CANONICAL_LENGTH = 20;

    private IsoInstants() {
    }

    /** @throws java.time.format.DateTimeParseException if it is not an ISO-8601 time with an offset */
    static Instant parse(String text) {
        if (text.length() == CANONICAL_LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    // out-of-range field: let java.time produce its usual parse error below
                }
            }
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    /** Identical to {@link Instant#toString()}. */
    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        if (instant.getNano() != 0 || date.getYear() < 1000 || date.getYear() > 9999) {
            return instant.toString();
        }
        char[] out = new char[CANONICAL_LENGTH];
        put(out, 0, date.getYear(), 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        put(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, secondOfDay % 60, 2);
        out[19] = 'Z';
        return new String(out);
    }

    /** The decimal value of {@code length} ASCII digits, or -1 if any is not a digit. */
    private static int digits(String s, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
