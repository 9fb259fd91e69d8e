package org.chronoquiz.scheduling;

import java.time.Instant;
import java.util.Objects;

/** One past review as the optimizer sees it: when, and how the learner rated their recall. */
public record ReviewLog(Instant at, Rating rating) {
    public ReviewLog {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
    }
}
