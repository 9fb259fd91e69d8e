package org.chronoquiz.scheduling;

import java.time.LocalDate;
import java.util.function.ToIntFunction;

/** How many cards are already due on a learner's days; lets fuzz prefer emptier days (load balancing). */
@FunctionalInterface
public interface DueLoad {
    /**
     * Cards due on each of {@code days} consecutive learner days from {@code first}: element i is for
     * {@code first.plusDays(i)}. Fuzz asks once for its whole range, which for an interval of years is months.
     */
    int[] dueOn(LocalDate first, int days);

    /** A load given day by day. */
    static DueLoad daily(ToIntFunction<LocalDate> cardsDue) {
        return (first, days) -> {
            int[] out = new int[days];
            for (int i = 0; i < days; i++) {
                out[i] = cardsDue.applyAsInt(first.plusDays(i));
            }
            return out;
        };
    }
}
