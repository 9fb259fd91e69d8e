package org.chronoquiz.quizzes;

import org.chronoquiz.questions.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradingTest {
    private final Grading grading = new Grading();

    private static Question typed(String answer, String value) {
        return new Question(1, 1, "k", "typed", "When?", answer, value, List.of(), null, null, null, "generated", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"July 1944", "Jul 1944", "7/1944", "07/1944", "1944-07", "july, 1944", "Jul. 1944",
            "in July 1944", "1944 July", "12 July 1944"})
    void every_usual_way_of_writing_a_month_is_right(String given) {
        Grade g = grading.grade(typed("July 1944", "1944-07"), given);
        assertEquals(1.0, g.credit(), given + " -> " + g.feedback());
    }

    @Test
    void the_right_year_without_the_month_is_half_credit_and_says_so() {
        Grade g = grading.grade(typed("July 1944", "1944-07"), "1944");
        assertEquals(0.5, g.credit());
        assertFalse(g.correct());
        assertTrue(g.feedback().startsWith("Half credit: the year is right"), g.feedback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"June 1944", "July 1945", "1945", "yesterday", "44"})
    void a_wrong_date_earns_nothing(String given) {
        assertEquals(0.0, grading.grade(typed("July 1944", "1944-07"), given).credit(), given);
    }

    @ParameterizedTest
    @ValueSource(strings = {"October 8, 1980", "8 October 1980", "8th of October 1980", "1980-10-08", "10/8/1980", "8/10/1980",
            "Oct 8th 1980"})
    void days_are_read_in_either_order_of_day_and_month(String given) {
        assertEquals(1.0, grading.grade(typed("October 8, 1980", "1980-10-08"), given).credit(), given);
    }

    @Test
    void a_month_without_the_day_is_half_credit() {
        Grade g = grading.grade(typed("October 8, 1980", "1980-10-08"), "October 1980");
        assertEquals(0.5, g.credit());
        assertTrue(g.feedback().contains("month and year are right"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first half of 2023", "H1 2023", "2023-H1", "1st half 2023", "March 2023"})
    void half_years_are_understood(String given) {
        assertEquals(1.0, grading.grade(typed("the first half of 2023", "2023-H1"), given).credit(), given);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the third quarter of 1989", "Q3 1989", "3Q 1989", "third quarter 1989", "3rd quarter of 1989",
            "1989-Q3", "July-September 1989"})
    void a_quarter_is_right_in_any_usual_writing(String given) {
        Grade g = grading.grade(typed("the third quarter of 1989", "1989-Q3"), given);
        assertEquals(1.0, g.credit(), given + " -> " + g.feedback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring 2011", "Spring, 2011", "spring of 2011", "2011-SP"})
    void a_season_is_right_in_any_usual_writing(String given) {
        Grade g = grading.grade(typed("spring 2011", "2011-SP"), given);
        assertEquals(1.0, g.credit(), given + " -> " + g.feedback());
    }

    @Test
    void autumn_and_fall_are_the_same_season() {
        assertEquals(1.0, grading.grade(typed("autumn 2011", "2011-FA"), "fall 2011").credit());
        assertEquals(1.0, grading.grade(typed("autumn 2011", "2011-FA"), "Fall of 2011").credit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1989", "August 1989", "12 July 1989"})
    void the_right_year_without_the_quarter_is_half_credit_and_says_so(String given) {
        Grade g = grading.grade(typed("the third quarter of 1989", "1989-Q3"), given);
        assertEquals(0.5, g.credit(), given + " -> " + g.feedback());
        assertEquals("Half credit: the year is right, but the answer is the third quarter of 1989.", g.feedback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011", "April 2011"})
    void the_right_year_without_the_season_is_half_credit_and_says_so(String given) {
        Grade g = grading.grade(typed("spring 2011", "2011-SP"), given);
        assertEquals(0.5, g.credit(), given + " -> " + g.feedback());
        assertEquals("Half credit: the year is right, but the answer is spring 2011.", g.feedback());
    }

    @Test
    void winter_months_at_either_end_of_the_year_are_in_the_season() {
        assertEquals(0.5, grading.grade(typed("winter 2011", "2011-WI"), "January 2011").credit());
        assertEquals(0.5, grading.grade(typed("winter 2011", "2011-WI"), "December 2011").credit());
        assertEquals(0.0, grading.grade(typed("winter 2011", "2011-WI"), "April 2011").credit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q2 1989", "second quarter of 1989", "Q3 1990", "1990", "October 1989", "spring 1989",
            "second half of 1989"})
    void a_wrong_quarter_earns_nothing_as_a_wrong_month_does(String given) {
        Grade g = grading.grade(typed("the third quarter of 1989", "1989-Q3"), given);
        assertEquals(0.0, g.credit(), given + " -> " + g.feedback());
        assertEquals("Not quite. The answer is the third quarter of 1989.", g.feedback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"summer 2011", "fall 2012", "2012", "September 2011", "Q2 2011"})
    void a_wrong_season_earns_nothing(String given) {
        assertEquals(0.0, grading.grade(typed("spring 2011", "2011-SP"), given).credit(), given);
    }

    @Test
    void a_quarter_or_season_for_a_month_is_not_the_month() {
        assertEquals(0.0, grading.grade(typed("July 1944", "1944-07"), "Q3 1944").credit());
        assertEquals(0.0, grading.grade(typed("July 1944", "1944-07"), "summer 1944").credit());
    }

    @Test
    void a_quarter_inside_the_half_year_is_right_as_a_month_inside_it_is() {
        assertEquals(1.0, grading.grade(typed("the second half of 2023", "2023-H2"), "Q3 2023").credit());
        assertEquals(0.0, grading.grade(typed("the second half of 2023", "2023-H2"), "Q2 2023").credit());
        assertEquals(1.0, grading.grade(typed("2023", "2023"), "Q2 2023").credit(), "a year is named by any part of it");
    }

    @Test
    void multiple_choice_needs_the_exact_choice() {
        Question q = new Question(1, 1, "k", "when", "When?", "July 1944", "1944-07",
                List.of("July 1944", "May 1946"), null, null, null, "generated", null);
        assertTrue(grading.grade(q, "July 1944").correct());
        assertFalse(grading.grade(q, "May 1946").correct());
    }

    @Test
    void a_timeline_is_right_only_in_the_right_order() {
        Question q = new Question(1, 1, "k", "timeline", "Order", "A\nB\nC", null, List.of("B", "C", "A"),
                null, null, null, "generated", null);
        assertTrue(grading.grade(q, "A\nB\nC").correct());
        Grade wrong = grading.grade(q, "B\nA\nC");
        assertFalse(wrong.correct());
        assertTrue(wrong.feedback().startsWith("1 of 3 in the right place"), wrong.feedback());
    }

    @Test
    void text_answers_ignore_case_and_punctuation() {
        Question q = new Question(1, 1, "k", "cloze", "The _____ process", "Astana", null, List.of(),
                null, null, null, "instructor", null);
        assertTrue(grading.grade(q, " astana. ").correct());
        assertFalse(grading.grade(q, "Geneva").correct());
    }

    @Test
    void a_part_of_a_day_is_graded_by_its_words_or_its_date() {
        Question q = typed("Wednesday afternoon", "2023-03-15TAF");
        assertTrue(grading.grade(q, "wednesday afternoon").correct());
        assertTrue(grading.grade(q, "15 March 2023").correct());
        assertFalse(grading.grade(q, "Tuesday").correct());
    }
}
