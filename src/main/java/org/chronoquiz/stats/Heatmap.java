package org.chronoquiz.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reviews per day as a calendar heatmap: one column per week (Monday on top), the last {@code weeks}
 * weeks up to today. Each cell gets a level 0..4 relative to the busiest day, drawn by a CSS class.
 */
public record Heatmap(int width, int height, int total, int activeDays, List<Cell> cells, List<Month> months) {
    public record Cell(int x, int y, int level, String title) {
    }

    /** A month's name above the first week column that starts in it. */
    public record Month(int x, String name) {
    }

    static final int CELL = 13;
    static final int PAD = 20;

    public static Heatmap of(Map<LocalDate, Integer> perDay, LocalDate today, int weeks) {
        LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        int max = 0;
        for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
            max = Math.max(max, perDay.getOrDefault(d, 0));
        }
        List<Cell> cells = new ArrayList<>();
        List<Month> months = new ArrayList<>();
        int total = 0;
        int active = 0;
        for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
            int n = perDay.getOrDefault(d, 0);
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(start, d);
            int level = n == 0 ? 0 : (int) Math.ceil(4.0 * n / max);
            cells.add(new Cell(PAD + week * CELL, PAD + (d.getDayOfWeek().getValue() - 1) * CELL, level,
                    d + ": " + n + (n == 1 ? " review" : " reviews")));
            if (d.getDayOfWeek() == DayOfWeek.MONDAY && d.getDayOfMonth() <= 7) {
                months.add(new Month(PAD + week * CELL, d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
            }
            total += n;
            active += n > 0 ? 1 : 0;
        }
        return new Heatmap(2 * PAD + weeks * CELL, 2 * PAD + 7 * CELL, total, active, cells, months);
    }
}
