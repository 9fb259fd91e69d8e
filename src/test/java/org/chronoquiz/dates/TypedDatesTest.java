package org.chronoquiz.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedDatesTest {

    private static DateValue only(String typed) {
        List<DateValue> read = TypedDates.read(typed);
        assertEquals(1, read.size(), typed + " -> " + read);
        return read.get(0);
    }

    /** Each way of writing, and the date it must read as, in our own wording (so both sides are checked). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "July 1944 | July 1944", "Jul. 1944 | July 1944", "7/1944 | July 1944", "1944-07 | July 1944",
            "in July 1944 | July 1944", "1944 July | July 1944", "March of 2022 | March 2022",
            "8 October 1980 | October 8, 1980", "October 8th, 1980 | October 8, 1980", "the 8th of October 1980 | October 8, 1980",
            "Q3 1989 | third quarter of 1989", "1989 Q3 | third quarter of 1989", "the third quarter of 1989 | third quarter of 1989",
            "first half of 2023 | first half of 2023", "H1 2023 | first half of 2023", "2023-H1 | first half of 2023",
            "fall of 2011 | autumn 2011", "Spring, 2011 | spring 2011", "2011-SP | spring 2011",
            "the 1980s | the 1980s", "1980s | the 1980s", "mid-1990s | the mid-1990s", "the mid-1990s | the mid-1990s",
            "late May 2018 | late May 2018", "late 2019 | late 2019", "early 2020 | early 2020", "the end of 2019 | late 2019",
            "the 20th century | the 20th century",
            "2019-20 | 2019-2020", "2019-2020 | 2019-2020", "2019 to 2020 | 2019-2020", "from 2019 to 2020 | 2019-2020",
            "Jan-Sep 2022 | January to September 2022", "January through September 2022 | January to September 2022",
            "Jan \u2013 Sep 2022 | January to September 2022", "between May and July 2020 | May to July 2020",
            "22\u201323 November 2022 | November 22-23, 2022", "November 22-23, 2022 | November 22-23, 2022",
            "22-23 Nov 2022 | November 22-23, 2022", "October 2019 to June 2020 | October 2019 to June 2020"})
    void the_usual_ways_of_writing_a_date_read_as_it(String typed, String wording) {
        assertEquals(wording, DateWording.format(only(typed)), typed);
    }

    @Test
    void numeric_days_are_read_both_ways() {
        List<DateValue> read = TypedDates.read("10/8/1980");
        assertEquals(List.of("1980-10-08", "1980-08-10"), read.stream().map(DateValue::timex).toList());
    }

    @Test
    void our_own_wording_reads_back_as_the_same_date() {
        for (String v : new String[]{"1944", "198", "2023-H2", "1989-Q3", "2011-WI", "1944-07", "1980-10-08"}) {
            DateValue d = DateValue.parse(v, null).orElseThrow();
            assertEquals(d, only(DateWording.format(d)), v);
        }
        DateValue range = DateValue.parse("2022-11-22/2022-11-23", null).orElseThrow();
        assertEquals(range, only(DateWording.format(range)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q5 1989", "fifth quarter of 1989", "Q3", "yesterday", "44", "2020-2019", "1944-13", "February 30, 2023", ""})
    void what_is_not_a_date_reads_as_nothing(String typed) {
        assertEquals(List.of(), TypedDates.read(typed), typed);
    }

    @Test
    void an_overlong_answer_is_not_read_at_all() {
        assertTrue(TypedDates.read("1".repeat(TypedDates.MAX_LENGTH + 1)).isEmpty());
    }
}
