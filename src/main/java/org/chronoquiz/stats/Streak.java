package org.chronoquiz.stats;

import java.time.LocalDate;
import java.util.Set;

/** Consecutive learner days with at least one review, ending today, or yesterday while today is still open. */
public final class Streak {
    private Streak() {
    }

    public static int days(Set<LocalDate> reviewDays, LocalDate today) {
        // A streak is not broken until the day is over: before today's first review it still counts to yesterday.
        LocalDate day = reviewDays.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (reviewDays.contains(day)) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }
}
