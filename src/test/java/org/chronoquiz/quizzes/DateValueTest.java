package org.chronoquiz.quizzes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateValueTest {

    @Test
    void quarters_and_seasons_are_calendar_dates() {
        assertEquals(Optional.of(DateValue.ofQuarter(1989, 3)), DateValue.ofTimex("1989-Q3"));
        assertEquals(Optional.of(DateValue.ofQuarter(1989, 4)), DateValue.ofTimex("1989-Q4/1990-Q1"), "a range by its start");
        assertEquals(Optional.of(DateValue.ofSeason(2011, 1)), DateValue.ofTimex("2011-SP"));
        assertEquals(Optional.of(DateValue.ofSeason(2011, 2)), DateValue.ofTimex("2011-SU"));
        assertEquals(Optional.of(DateValue.ofSeason(2011, 3)), DateValue.ofTimex("2011-FA"));
        assertEquals(Optional.of(DateValue.ofSeason(2011, 4)), DateValue.ofTimex("2011-WI"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1989-QX", "1989-Q5", "1989-Q0", "2011-XX", "2011-sp", "PRESENT_REF", "P3M"})
    void vague_quarters_and_other_values_are_not(String value) {
        assertEquals(Optional.empty(), DateValue.ofTimex(value));
    }

    @Test
    void the_precisions_already_understood_read_as_before() {
        assertEquals(Optional.of(DateValue.of(1944, 0, 0)), DateValue.ofTimex("1944"));
        assertEquals(Optional.of(DateValue.ofHalf(2023, 1)), DateValue.ofTimex("2023-H1"));
        assertEquals(Optional.of(DateValue.of(1944, 7, 0)), DateValue.ofTimex("1944-07"));
        assertEquals(Optional.of(DateValue.of(2023, 3, 15)), DateValue.ofTimex("2023-03-15TAF"));
    }

    @ParameterizedTest
    @CsvSource({"1989-Q3, the quarter and year", "2011-WI, the season and year", "2023-H2, the half-year",
            "1944-07, the month and year", "1980-10-08, 'the day, month and year'", "1944, the year"})
    void the_hint_names_the_precision_asked_for(String value, String precision) {
        assertEquals(precision, DateValue.ofTimex(value).orElseThrow().precision());
    }
}
