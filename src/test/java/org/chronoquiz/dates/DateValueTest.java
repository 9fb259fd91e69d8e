package org.chronoquiz.dates;

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
        assertEquals("2015", DateWording.format(parse("2015")));
        assertEquals("July 1944", DateWording.format(parse("1944-07")));
        assertEquals("October 8, 1980", DateWording.format(parse("1980-10-08")));
        assertEquals("March 15, 2023", DateWording.format(parse("2023-03-15TAF")));
        assertEquals("first half of 2023", DateWording.format(parse("2023-H1")));
        assertEquals("third quarter of 2020", DateWording.format(parse("2020-Q3")));
        assertEquals("autumn 2019", DateWording.format(parse("2019-FA")));
        assertEquals("early October 2019", DateWording.format(DateValue.parse("2019-10", "START").orElseThrow()));
    }

    @Test
    void writes_ranges_as_one_answer() {
        assertEquals("November 22-23, 2022", DateWording.format(parse("2022-11-22").withEnd(parse("2022-11-23"))));
        assertEquals("2019-2020", DateWording.format(parse("2019").withEnd(parse("2020"))));
        assertEquals("January to September 2022", DateWording.format(parse("2022-01").withEnd(parse("2022-09"))));
    }

    @Test
    void vague_references_durations_and_sets_are_not_dates() {
        for (String value : new String[]{"PAST_REF", "PRESENT_REF", "FUTURE_REF", "P3Y", "XXXX-WXX-1", "2023-02-30"}) {
            assertTrue(DateValue.parse(value, null).isEmpty(), value);
        }
    }

    @Test
    void shifts_by_its_own_unit() {
        assertEquals("2022-H2", parse("2023-H1").shift(-1).timex());
        assertEquals("2023-01", parse("2022-12").shift(1).timex());
        assertEquals("2023-03-01", parse("2023-02-28").shift(1).timex());
        assertEquals("November 24-25, 2022", DateWording.format(parse("2022-11-22").withEnd(parse("2022-11-23")).shift(2)));
    }

    @Test
    void knows_its_first_and_last_day() {
        DateValue half = parse("2023-H1");
        assertEquals(LocalDate.of(2023, 1, 1), half.firstDay());
        assertEquals(LocalDate.of(2023, 6, 30), half.lastDay());
        assertTrue(parse("2017").overlaps(parse("2017-11")));
        assertFalse(parse("2017-12-06").overlaps(parse("2017-12-11")));
    }

    @Test
    void decades_centuries_and_weeks_are_dates_with_their_own_days() {
        DateValue eighties = parse("198");
        assertEquals(Precision.DECADE, eighties.precision());
        assertEquals(LocalDate.of(1980, 1, 1), eighties.firstDay());
        assertEquals(LocalDate.of(1989, 12, 31), eighties.lastDay());
        assertEquals(LocalDate.of(1999, 12, 31), parse("19").lastDay());
        assertEquals(LocalDate.of(2023, 3, 13), parse("2023-W11").firstDay(), "ISO weeks start on Monday");
        assertEquals("the 1980s", DateWording.format(eighties));
        assertEquals("the mid-1990s", DateWording.format(DateValue.parse("199", "MID").orElseThrow()));
        assertEquals("the 20th century", DateWording.format(parse("19")));
    }

    @Test
    void seasons_run_from_march_june_september_and_december() {
        assertEquals(LocalDate.of(2011, 3, 1), parse("2011-SP").firstDay());
        assertEquals(LocalDate.of(2012, 2, 29), parse("2011-WI").lastDay(), "winter 2011 ends in February 2012");
        assertEquals("2011-WI", parse("2012-02-10").startAt(Precision.SEASON).timex());
    }

    @Test
    void a_mod_narrows_the_days() {
        DateValue late = DateValue.parse("2018-05", "LATE").orElseThrow();
        assertTrue(late.firstDay().isAfter(LocalDate.of(2018, 5, 19)), late.firstDay().toString());
        assertEquals(LocalDate.of(2018, 5, 31), late.lastDay());
        assertTrue(parse("2018-05").contains(late));
        assertFalse(late.contains(parse("2018-05-02")));
    }

    @Test
    void timex_values_round_trip() {
        for (String v : new String[]{"1944", "198", "19", "2023-H2", "1989-Q3", "2011-WI", "2023-W09", "1944-07", "1980-10-08"}) {
            assertEquals(v, parse(v).timex(), v);
        }
        assertEquals("2019", parse("2019/2020").timex(), "a range's value is its start");
        assertEquals(parse("2020"), parse("2019/2020").last());
        assertTrue(DateValue.parse("1989-QX", null).isEmpty());
        assertTrue(DateValue.parse("2023-W60", null).isEmpty());
    }

    @Test
    void the_distance_of_a_wrong_date_is_said_in_the_unit_asked() {
        assertEquals("two years early", DateWording.offset(parse("2013"), parse("2015")));
        assertEquals("a month late", DateWording.offset(parse("1944-08"), parse("1944-07")));
        assertEquals("three days early", DateWording.offset(parse("1980-10-05"), parse("1980-10-08")));
        assertEquals("a year late", DateWording.offset(parse("2016-03"), parse("2015")));
        assertEquals("", DateWording.offset(parse("2015-03"), parse("2015")));
    }
}
