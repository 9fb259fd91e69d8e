package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.DueLoad;
import org.chronoquiz.scheduling.LearnerDays;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A learner's due load for fuzz, read from the cards in one query per range asked and kept for the ranges
 * that follow inside it: a review page previews three grades whose fuzz ranges lie a few days apart. The last few
 * ranges read are kept, not only the last: each passing grade's preview asks for the same three ranges in turn, which
 * with one kept range were read again for every grade.
 */
final class LoadWindow implements DueLoad {
    /** The fewest days read at once: a few weeks covers the previews of a card's grades together. */
    static final int MIN_DAYS = 32;
    /** Ranges kept: a review page's three fuzz ranges, and one more. */
    static final int KEPT = 4;
    private final Handle h;
    private final long userId;
    private final LearnerDays days;
    private final DueCards dueCards;
    /** The ranges read, the latest last: each day's count from its first day. */
    private final List<Read> reads = new ArrayList<>(KEPT);

    private record Read(LocalDate first, int[] perDay) {
    }

    LoadWindow(Handle h, long userId, LearnerDays days, DueCards dueCards) {
        this.h = h;
        this.userId = userId;
        this.days = days;
        this.dueCards = dueCards;
    }

    @Override
    public int[] dueOn(LocalDate from, int span) {
        for (Read read : reads) {
            long offset = ChronoUnit.DAYS.between(read.first(), from);
            if (offset >= 0 && offset + span <= read.perDay().length) {
                return Arrays.copyOfRange(read.perDay(), (int) offset, (int) offset + span);
            }
        }
        int[] counts = read(from, Math.max(span, MIN_DAYS));
        if (reads.size() == KEPT) {
            reads.remove(0);
        }
        reads.add(new Read(from, counts));
        return Arrays.copyOf(counts, span);
    }

    private int[] read(LocalDate from, int span) {
        long start = days.startOf(from).toEpochMilli();
        long end = days.startOf(from.plusDays(span)).toEpochMilli();
        int[] counts = new int[span];
        for (DueCards.DueSlot slot : dueCards.dueSlots(h, userId, start, end)) {
            // a quarter hour lies inside one learner day, so its first instant says which
            LocalDate day = days.dayOf(Instant.ofEpochMilli(start + slot.slot() * DueCards.SLOT_MILLIS));
            counts[(int) ChronoUnit.DAYS.between(from, day)] += slot.cards();
        }
        return counts;
    }
}
