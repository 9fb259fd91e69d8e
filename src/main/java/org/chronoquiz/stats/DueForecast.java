package org.chronoquiz.stats;

import org.chronoquiz.scheduling.LearnerDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Cards coming due on each of the next days; overdue cards count today, since that is when they will be seen. */
public final class DueForecast {
    private DueForecast() {
    }

    public static int[] counts(List<StatsDao.CardRow> cards, LearnerDays days, Instant now, int horizon) {
        LocalDate today = days.dayOf(now);
        int[] out = new int[horizon];
        // a card due more than a day past the horizon is outside it in any zone: no calendar arithmetic for it
        long beyond = now.plus(java.time.Duration.ofDays(horizon + 1L)).toEpochMilli();
        for (StatsDao.CardRow c : cards) {
            if (c.due() > beyond) {
                continue;
            }
            long d = ChronoUnit.DAYS.between(today, days.dayOf(Instant.ofEpochMilli(c.due())));
            if (d < horizon) {
                out[(int) Math.max(d, 0)]++;
            }
        }
        return out;
    }
}
