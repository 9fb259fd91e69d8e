package org.chronoquiz.quizzes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Q3 1989", "q3, 1989", "Q3 of 1989", "3Q 1989", "1989 Q3", "1989-Q3", "third quarter of 1989",
            "the third quarter 1989", "in the third quarter of 1989", "3rd quarter 1989", "Third Quarter, 1989",
            "July-September 1989", "Jul - Sep 1989", "July to September 1989", "July \u2013 September 1989"})
    void the_usual_ways_of_writing_a_quarter_read_as_that_quarter(String typed) {
        assertEquals(List.of(DateValue.ofQuarter(1989, 3)), DateAnswers.read(typed), typed);
    }

    @Test
    void each_quarter_has_its_own_number() {
        assertEquals(List.of(DateValue.ofQuarter(1990, 1)), DateAnswers.read("first quarter of 1990"));
        assertEquals(List.of(DateValue.ofQuarter(1990, 2)), DateAnswers.read("2nd quarter 1990"));
        assertEquals(List.of(DateValue.ofQuarter(1990, 4)), DateAnswers.read("Q4 1990"));
        assertEquals(List.of(DateValue.ofQuarter(1990, 4)), DateAnswers.read("October-December 1990"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q5 1989", "fifth quarter of 1989", "August-October 1989", "July-August 1989", "Q3"})
    void what_is_not_a_quarter_does_not_read_as_one(String typed) {
        assertEquals(List.of(), DateAnswers.read(typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring 2011", "Spring 2011", "spring of 2011", "Spring, 2011", "the spring of 2011",
            "in spring 2011", "during the spring of 2011", "2011 spring", "2011-SP"})
    void the_usual_ways_of_writing_a_season_read_as_that_season(String typed) {
        assertEquals(List.of(DateValue.ofSeason(2011, 1)), DateAnswers.read(typed), typed);
    }

    @Test
    void fall_is_autumn_and_every_season_has_its_own_number() {
        assertEquals(List.of(DateValue.ofSeason(2011, 2)), DateAnswers.read("summer 2011"));
        assertEquals(List.of(DateValue.ofSeason(2011, 3)), DateAnswers.read("autumn 2011"));
        assertEquals(List.of(DateValue.ofSeason(2011, 3)), DateAnswers.read("fall 2011"));
        assertEquals(List.of(DateValue.ofSeason(2011, 3)), DateAnswers.read("2011-FA"));
        assertEquals(List.of(DateValue.ofSeason(2011, 4)), DateAnswers.read("Winter of 2011"));
    }

    @Test
    void months_halves_and_days_still_read_as_before() {
        assertEquals(List.of(DateValue.of(1944, 7, 0)), DateAnswers.read("July 1944"));
        assertEquals(List.of(DateValue.ofHalf(2023, 1)), DateAnswers.read("first half of 2023"));
        assertEquals(List.of(DateValue.of(1980, 10, 8), DateValue.of(1980, 8, 10)), DateAnswers.read("10/8/1980"));
        assertEquals(List.of(DateValue.of(1989, 0, 0)), DateAnswers.read("1989"));
    }
}
