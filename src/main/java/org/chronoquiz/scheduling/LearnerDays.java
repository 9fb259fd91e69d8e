package org.chronoquiz.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The learner's calendar: which day an instant belongs to, given their zone and the hour their day starts.
 * Elapsed days are differences of these dates, so 23:59 to 00:01 counts as one day (as Anki and ts-fsrs).
 */
public final class LearnerDays {
    private final ZoneId zone;
    private final int rolloverHour;

    public LearnerDays(ZoneId zone, int rolloverHour) {
        this.zone = zone;
        this.rolloverHour = rolloverHour;
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).minusHours(rolloverHour).toLocalDate();
    }

    /** The first instant of {@code day}: the exact inverse of {@link #dayOf}, DST days included. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().plus(rolloverHour, ChronoUnit.HOURS);
    }

    /** Whole learner days from {@code from} to {@code to}; 0 if {@code to} is not later. */
    public int between(Instant from, Instant to) {
        long days = ChronoUnit.DAYS.between(dayOf(from), dayOf(to));
        return (int) Math.max(days, 0);
    }

    /** {@code days} calendar days after {@code from}, same wall-clock time (so DST does not shift the day). */
    public Instant plusDays(Instant from, int days) {
        return from.atZone(zone).plusDays(days).toInstant();
    }
}
