package org.chronoquiz.scheduling;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** FSRS-6 scheduler (stub, to be written). Pure: no clock, no I/O. */
public final class Scheduler {
    private final SchedulerSettings settings;

    public Scheduler(SchedulerSettings settings) {
        this.settings = settings;
    }

    public SchedulerSettings settings() {
        return settings;
    }

    /** The card after {@code rating} at {@code now}; {@code fuzzSeed} makes fuzz reproducible per card and review. */
    public CardState review(CardState card, Rating rating, Instant now, long fuzzSeed) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The outcome of each rating, for showing intervals on the buttons. */
    public Map<Rating, CardState> preview(CardState card, Instant now, long fuzzSeed) {
        Map<Rating, CardState> out = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            out.put(r, review(card, r, now, fuzzSeed));
        }
        return out;
    }
}
