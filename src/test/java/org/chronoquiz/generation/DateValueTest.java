package org.chronoquiz.generation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateValueTest {

    private static DateValue parse(String value) {
        return DateValue.parse(value, null).orElseThrow();
    }

    @Test
    void writes_each_granularity_as_a_person_would() {
        assertEquals("2015", parse("2015").format());
        assertEquals("July 1944", parse("1944-07").format());
        assertEquals("October 8, 1980", parse("1980-10-08").format());
        assertEquals("March 15, 2023", parse("2023-03-15TAF").format());
        assertEquals("first half of 2023", parse("2023-H1").format());
        assertEquals("third quarter of 2020", parse("2020-Q3").format());
        assertEquals("autumn 2019", parse("2019-FA").format());
        assertEquals("early October 2019", DateValue.parse("2019-10", "START").orElseThrow().format());
    }

    @Test
    void writes_ranges_as_one_answer() {
        assertEquals("November 22-23, 2022", parse("2022-11-22").withEnd(parse("2022-11-23")).format());
        assertEquals("2019-2020", parse("2019").withEnd(parse("2020")).format());
        assertEquals("January to September 2022", parse("2022-01").withEnd(parse("2022-09")).format());
    }

    @Test
    void vague_references_durations_and_sets_are_not_dates() {
        for (String value : new String[]{"PAST_REF", "PRESENT_REF", "FUTURE_REF", "P3Y", "XXXX-WXX-1", "2023-02-30"}) {
            assertTrue(DateValue.parse(value, null).isEmpty(), value);
        }
    }

    @Test
    void shifts_by_its_own_unit() {
        assertEquals("2022-H2", parse("2023-H1").shift(-1).value());
        assertEquals("2023-01", parse("2022-12").shift(1).value());
        assertEquals("2023-03-01", parse("2023-02-28").shift(1).value());
        assertEquals("November 24-25, 2022", parse("2022-11-22").withEnd(parse("2022-11-23")).shift(2).format());
    }

    @Test
    void knows_its_first_and_last_day() {
        DateValue half = parse("2023-H1");
        assertEquals(LocalDate.of(2023, 1, 1), half.firstDay());
        assertEquals(LocalDate.of(2023, 6, 30), half.lastDay());
        assertTrue(parse("2017").overlaps(parse("2017-11")));
        assertFalse(parse("2017-12-06").overlaps(parse("2017-12-11")));
    }
}
