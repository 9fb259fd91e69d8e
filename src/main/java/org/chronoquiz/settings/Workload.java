package org.chronoquiz.settings;

/**
 * The expected review load at one retention over the forecast: mean per day, the busiest day, the total,
 * and today, which shows the backlog a higher retention creates by making cards overdue at once.
 */
public record Workload(double retention, double perDay, double peak, long total, long today) {
    static Workload of(double retention, double[] days) {
        double sum = 0;
        double peak = 0;
        for (double d : days) {
            sum += d;
            peak = Math.max(peak, d);
        }
        return new Workload(retention, sum / days.length, peak, Math.round(sum), Math.round(days[0]));
    }

    /** As shown: one decimal, so 0.4 reviews a day is not rounded away. */
    public String perDayText() {
        return String.format(java.util.Locale.ROOT, "%.1f", perDay);
    }

    public String peakText() {
        return String.format(java.util.Locale.ROOT, "%.1f", peak);
    }

    public String retentionText() {
        return String.format(java.util.Locale.ROOT, "%.2f", retention);
    }
}
