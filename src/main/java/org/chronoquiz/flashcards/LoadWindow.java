package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.DueLoad;
import org.chronoquiz.scheduling.LearnerDays;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * A learner's due load for fuzz, read from the cards in one query per range asked and kept for the ranges
 * that follow inside it: a review page previews three grades whose fuzz ranges lie a few days apart.
 */
final class LoadWindow implements DueLoad {
    /** The fewest days read at once: a few weeks covers the previews of a card's grades together. */
    static final int MIN_DAYS = 32;
    private final Handle h;
    private final long userId;
    private final LearnerDays days;
    private final DueCards dueCards;
    private LocalDate first;
    private int[] perDay = new int[0];

    LoadWindow(Handle h, long userId, LearnerDays days, DueCards dueCards) {
        this.h = h;
        this.userId = userId;
        this.days = days;
        this.dueCards = dueCards;
    }

    @Override
    public int[] dueOn(LocalDate from, int span) {
        long offset = first == null ? -1 : ChronoUnit.DAYS.between(first, from);
        if (offset < 0 || offset + span > perDay.length) {
            read(from, Math.max(span, MIN_DAYS));
            offset = 0;
        }
        return Arrays.copyOfRange(perDay, (int) offset, (int) offset + span);
    }

    private void read(LocalDate from, int span) {
        long start = days.startOf(from).toEpochMilli();
        long end = days.startOf(from.plusDays(span)).toEpochMilli();
        int[] counts = new int[span];
        for (DueCards.DueSlot slot : dueCards.dueSlots(h, userId, start, end)) {
            // a quarter hour lies inside one learner day, so its first instant says which
            LocalDate day = days.dayOf(Instant.ofEpochMilli(start + slot.slot() * DueCards.SLOT_MILLIS));
            counts[(int) ChronoUnit.DAYS.between(from, day)] += slot.cards();
        }
        first = from;
        perDay = counts;
    }
}
