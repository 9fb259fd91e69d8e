package org.chronoquiz.stats;

import org.chronoquiz.scheduling.LearnerDays;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure calculations behind the progress page: rows in, numbers out. */
class ReviewChartsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LearnerDays BERLIN = new LearnerDays(ZoneId.of("Europe/Berlin"), 4);

    private static Set<LocalDate> days(int... back) {
        return java.util.Arrays.stream(back).mapToObj(TODAY::minusDays).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void a_streak_counts_back_from_today_or_from_yesterday_while_today_is_open() {
        assertEquals(3, Streak.days(days(0, 1, 2, 4), TODAY));
        assertEquals(2, Streak.days(days(1, 2, 4), TODAY), "no review yet today: yesterday's streak still stands");
        assertEquals(0, Streak.days(days(2, 3), TODAY), "a whole day missed breaks it");
        assertEquals(0, Streak.days(Set.of(), TODAY));
        assertEquals(1, Streak.days(days(0), TODAY));
    }

    private static StatsDao.ReviewSlot slot(String at, int reviews, int reviewPhase, int recalled) {
        return new StatsDao.ReviewSlot(Instant.parse(at).toEpochMilli() / StatsDao.ReviewSlot.SLOT_MS, reviews,
                reviewPhase, recalled);
    }

    @Test
    void retention_by_month_counts_only_review_phase_cards_and_uses_the_learners_calendar() {
        var rows = List.of(
                slot("2026-01-05T10:00:00Z", 1, 1, 1), slot("2026-01-06T10:00:00Z", 1, 1, 0),
                slot("2026-01-07T10:00:00Z", 2, 1, 1), // a Review-phase recall and a learning step's Again
                slot("2026-01-08T10:00:00Z", 1, 0, 0),
                // 02:30 in Berlin on 1 February is still the learner's 31 January (the day starts at 4 a.m.).
                slot("2026-02-01T01:30:00Z", 1, 1, 1), slot("2026-02-03T10:00:00Z", 1, 0, 0));
        var months = MonthlyRetention.of(rows, BERLIN, 12);
        assertEquals(1, months.size());
        assertEquals(new MonthlyRetention(YearMonth.of(2026, 1), 4, 3), months.get(0));
        assertEquals(75, months.get(0).percent());
    }

    @Test
    void the_forecast_puts_overdue_cards_today_and_leaves_out_cards_past_the_horizon() {
        Instant now = Instant.parse("2026-03-10T09:00:00Z");
        long day = 86_400_000L;
        var cards = List.of(new StatsDao.CardRow(now.toEpochMilli() - 3 * day, 2),
                new StatsDao.CardRow(now.toEpochMilli() + 3_600_000L, 2),
                new StatsDao.CardRow(now.toEpochMilli() + day, 5), new StatsDao.CardRow(now.toEpochMilli() + 29 * day, 40),
                new StatsDao.CardRow(now.toEpochMilli() + 30 * day, 40));
        int[] due = DueForecast.counts(cards, BERLIN, now, 30);
        assertEquals(2, due[0]);
        assertEquals(1, due[1]);
        assertEquals(1, due[29]);
        assertEquals(4, java.util.Arrays.stream(due).sum());
    }

    @Test
    void stability_buckets_have_inclusive_lower_bounds() {
        var cards = List.of(0.5, 1.0, 2.9, 3.0, 400.0).stream().map(s -> new StatsDao.CardRow(0, s)).toList();
        assertArrayEquals(new int[]{1, 2, 1, 0, 0, 0, 0, 0, 1}, StabilityBuckets.counts(cards));
        assertEquals(StabilityBuckets.LABELS.size(), StabilityBuckets.counts(cards).length);
    }

    @Test
    void bars_scale_to_the_tallest_and_a_heatmap_shades_relative_to_the_busiest_day() {
        BarChart chart = BarChart.of(List.of("a", "b", "c"), List.of(0, 5, 10), "cards", 2);
        assertEquals(0, chart.bars().get(0).height());
        assertEquals(chart.baseline() - BarChart.PAD, chart.bars().get(2).height(), 1e-9);
        assertEquals(chart.bars().get(2).height() / 2, chart.bars().get(1).height(), 0.1);
        assertEquals(List.of("a", "c"), chart.ticks().stream().map(BarChart.Tick::text).toList());
        assertEquals("b: 5 cards", chart.bars().get(1).title());
        BarChart percent = BarChart.of(List.of("2026-01"), List.of(53), "% recalled", 1, 100);
        assertEquals(100, percent.max(), "percentages are drawn against 100%");
        assertEquals(0.53 * (percent.baseline() - BarChart.PAD), percent.bars().get(0).height(), 0.1);

        Heatmap map = Heatmap.of(Map.of(TODAY, 8, TODAY.minusDays(1), 1), TODAY, 26);
        assertEquals(9, map.total());
        assertEquals(2, map.activeDays());
        var last = map.cells().get(map.cells().size() - 1);
        assertEquals(4, last.level());
        assertTrue(last.title().startsWith("2026-03-10: 8 reviews"));
        assertEquals(1, map.cells().get(map.cells().size() - 2).level());
        assertEquals(25 * 7 + TODAY.getDayOfWeek().getValue(), map.cells().size(), "26 weeks, Monday first, up to today");
        // 26 weeks back from Tuesday 10 March 2026 starts Monday 15 September 2025: Oct..Mar get a label.
        assertEquals(List.of("Oct", "Nov", "Dec", "Jan", "Feb", "Mar"), map.months().stream().map(Heatmap.Month::name).toList());
    }
}
