package org.chronoquiz.stats;

import org.chronoquiz.scheduling.LearnerDays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the progress page draws from reviews and cards, computed from rows with no database or HTTP. */
public record ReviewCharts(Heatmap heatmap, int streak, List<MonthlyRetention> retention, BarChart retentionChart,
                           BarChart forecast, int dueNextMonth, BarChart stability) {
    public static final int WEEKS = 26;
    public static final int FORECAST_DAYS = 30;
    public static final int MONTHS = 12;

    public static ReviewCharts of(List<StatsDao.ReviewSlot> reviews, List<StatsDao.CardRow> cards, LearnerDays days,
                                  Instant now) {
        LocalDate today = days.dayOf(now);
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (StatsDao.ReviewSlot r : reviews) {
            perDay.merge(days.dayOf(r.start()), r.reviews(), Integer::sum);
        }
        List<MonthlyRetention> retention = MonthlyRetention.of(reviews, days, MONTHS);
        BarChart retentionChart = BarChart.of(retention.stream().map(MonthlyRetention::label).toList(),
                retention.stream().map(MonthlyRetention::percent).toList(), "% recalled", 1, 100);

        int[] due = DueForecast.counts(cards, days, now, FORECAST_DAYS);
        List<String> dayLabels = new ArrayList<>();
        List<Integer> dueCounts = new ArrayList<>();
        int dueTotal = 0;
        for (int i = 0; i < due.length; i++) {
            dayLabels.add(i == 0 ? "today" : "+" + i + "d");
            dueCounts.add(due[i]);
            dueTotal += due[i];
        }
        List<Integer> buckets = new ArrayList<>();
        for (int n : StabilityBuckets.counts(cards)) {
            buckets.add(n);
        }
        return new ReviewCharts(Heatmap.of(perDay, today, WEEKS), Streak.days(perDay.keySet(), today), retention,
                retentionChart, BarChart.of(dayLabels, dueCounts, "cards due", 5), dueTotal,
                BarChart.of(StabilityBuckets.LABELS, buckets, "cards", 1));
    }
}
