package org.chronoquiz.generation;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.DateWording;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistractorsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15);
    private final Shuffler shuffler = new Shuffler();
    private final Distractors distractors = new Distractors(shuffler);

    private static DateValue parse(String value) {
        return DateValue.parse(value, null).orElseThrow();
    }

    private List<DateValue> pick(DateValue answer, List<DateValue> exclude, String key) {
        return distractors.pick(answer, PUBLISHED, false, exclude, shuffler.random(key), 3);
    }

    @Test
    void three_distinct_wrong_dates_of_the_answers_granularity() {
        for (String value : new String[]{"1944-07", "1980-10-08", "2015", "2023-H1", "2020-Q2", "2019-FA"}) {
            DateValue answer = parse(value);
            List<DateValue> wrong = pick(answer, List.of(), "when-" + value);
            assertEquals(3, wrong.size(), value);
            assertEquals(3, new HashSet<>(wrong.stream().map(DateWording::format).toList()).size(), value);
            for (DateValue w : wrong) {
                assertEquals(answer.precision(), w.precision(), value);
                assertFalse(w.overlaps(answer), value);
                assertTrue(Math.abs(w.year() - answer.year()) <= 6, "near the answer: " + DateWording.format(w));
            }
        }
    }

    @Test
    void a_past_event_gets_no_distractor_after_publication() {
        for (String value : new String[]{"2023-03-15", "2023-01", "2022", "2022-H2"}) {
            for (int seed = 0; seed < 20; seed++) {
                for (DateValue w : pick(parse(value), List.of(), "k" + seed)) {
                    assertFalse(w.lastDay().isAfter(PUBLISHED), value + " -> " + DateWording.format(w));
                }
            }
        }
    }

    @Test
    void never_offers_another_date_of_the_same_list() {
        List<DateValue> mates = List.of(parse("2017"), parse("2019").withEnd(parse("2020")));
        for (int seed = 0; seed < 20; seed++) {
            for (DateValue w : pick(parse("2016"), mates, "k" + seed)) {
                assertTrue(mates.stream().noneMatch(w::overlaps), DateWording.format(w));
            }
        }
    }

    @Test
    void a_range_gets_ranges_of_the_same_length() {
        DateValue range = parse("2022-11-22").withEnd(parse("2022-11-23"));
        for (DateValue w : pick(range, List.of(), "when-range")) {
            assertTrue(w.isRange());
            assertEquals(1, w.end().firstDay().toEpochDay() - w.firstDay().toEpochDay());
            assertFalse(w.overlaps(range));
        }
    }

    @Test
    void the_same_key_gives_the_same_distractors() {
        assertEquals(pick(parse("1944-07"), List.of(), "when-1"), pick(parse("1944-07"), List.of(), "when-1"));
    }

    @Test
    void a_plan_under_way_at_publication_is_offered_only_periods_not_yet_over() {
        DateValue half = parse("2023-H1"); // "agreed to hold the meeting in the first half of 2023", written in March
        List<DateValue> wrong = distractors.pick(half, PUBLISHED, true, List.of(), shuffler.random("plan"), 3);
        assertEquals(3, wrong.size());
        for (DateValue w : wrong) {
            assertFalse(w.lastDay().isBefore(PUBLISHED), DateWording.format(w) + " is over before the article");
        }
    }

    @Test
    void the_answer_is_not_always_in_the_middle_of_the_choices() {
        int[] placed = new int[4];
        for (int k = 0; k < 80; k++) {
            DateValue answer = parse("2015").shift(-k % 20);
            List<DateValue> wrong = pick(answer, List.of(), "when-" + k);
            long before = wrong.stream().filter(w -> w.firstDay().isBefore(answer.firstDay())).count();
            placed[(int) before]++;
        }
        for (int p = 0; p < 4; p++) {
            assertTrue(placed[p] >= 8, "the answer is choice " + (p + 1) + " in date order only " + placed[p] + " times of 80");
        }
    }

    @Test
    void no_wrong_day_shares_the_answers_day_of_month() {
        DateValue answer = parse("2015-09-30");
        for (int seed = 0; seed < 20; seed++) {
            for (DateValue w : pick(answer, List.of(), "k" + seed)) {
                assertFalse(w.day() == answer.day(), DateWording.format(w) + " shares the day with the answer");
            }
        }
    }
}
