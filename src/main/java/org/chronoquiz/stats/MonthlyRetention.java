package org.chronoquiz.stats;

import org.chronoquiz.scheduling.LearnerDays;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * True retention by month, as Anki's statistics define it: of the reviews of cards in the Review phase
 * (learning steps excluded: they test minutes-old memories), the share not rated Again.
 */
public record MonthlyRetention(YearMonth month, int reviews, int recalled) {
    public int percent() {
        return reviews == 0 ? 0 : (int) Math.round(100.0 * recalled / reviews);
    }

    public String label() {
        return month.toString();
    }

    /** The last {@code months} months that have Review-phase reviews, oldest first. */
    public static List<MonthlyRetention> of(List<StatsDao.ReviewSlot> slots, LearnerDays days, int months) {
        TreeMap<YearMonth, int[]> counts = new TreeMap<>();
        for (StatsDao.ReviewSlot r : slots) {
            if (r.reviewPhase() > 0) {
                int[] c = counts.computeIfAbsent(YearMonth.from(days.dayOf(r.start())), m -> new int[2]);
                c[0] += r.reviewPhase();
                c[1] += r.recalled();
            }
        }
        List<MonthlyRetention> out = new ArrayList<>();
        counts.forEach((m, c) -> out.add(new MonthlyRetention(m, c[0], c[1])));
        return out.subList(Math.max(0, out.size() - months), out.size());
    }
}
