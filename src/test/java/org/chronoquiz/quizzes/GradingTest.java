package org.chronoquiz.quizzes;

import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionStatus;
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
        return new Question(1, 1, "k", "typed", "When?", answer, value, List.of(), null, null, null, null, "generated", QuestionStatus.ACTIVE, 1);
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

    @Test
    void the_right_year_without_the_quarter_is_half_credit_and_says_how_it_was_read() {
        Grade g = grading.grade(typed("the third quarter of 1989", "1989-Q3"), "1989");
        assertEquals(0.5, g.credit());
        assertEquals("Half credit: the year is right, but the answer is the third quarter of 1989. Read as: 1989.",
                g.feedback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"August 1989", "12 July 1989", "July-September 1989"})
    void a_date_inside_the_quarter_is_never_marked_down_for_its_precision(String given) {
        Grade g = grading.grade(typed("the third quarter of 1989", "1989-Q3"), given);
        assertEquals(1.0, g.credit(), given + " -> " + g.feedback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011", "Q2 2011"})
    void the_right_year_without_the_season_is_half_credit(String given) {
        Grade g = grading.grade(typed("spring 2011", "2011-SP"), given);
        assertEquals(0.5, g.credit(), given + " -> " + g.feedback());
        assertTrue(g.feedback().startsWith("Half credit: the year is right, but the answer is spring 2011."), g.feedback());
    }

    @Test
    void winter_runs_from_december_into_the_next_year() {
        assertEquals(1.0, grading.grade(typed("winter 2011", "2011-WI"), "January 2012").credit());
        assertEquals(1.0, grading.grade(typed("winter 2011", "2011-WI"), "December 2011").credit());
        assertEquals(0.0, grading.grade(typed("winter 2011", "2011-WI"), "April 2011").credit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q2 1989", "second quarter of 1989", "Q3 1990", "1990", "October 1989", "spring 1989"})
    void a_wrong_quarter_earns_nothing_and_says_how_far_off_it_is(String given) {
        Grade g = grading.grade(typed("the third quarter of 1989", "1989-Q3"), given);
        assertEquals(0.0, g.credit(), given + " -> " + g.feedback());
        assertTrue(g.feedback().matches("Not quite: \\w+ (months?|years?) (early|late)\\. The answer is the third quarter of 1989\\. .*"),
                g.feedback());
    }

    @Test
    void a_wrong_date_is_told_how_far_off_it_is() {
        assertTrue(grading.grade(typed("September 2015", "2015-09"), "September 2013").feedback()
                .startsWith("Not quite: two years early. The answer is September 2015. Read as: September 2013."));
        assertTrue(grading.grade(typed("2015", "2015"), "2016").feedback().startsWith("Not quite: a year late."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"summer 2011", "fall 2012", "2012", "September 2011"})
    void a_wrong_season_earns_nothing(String given) {
        assertEquals(0.0, grading.grade(typed("spring 2011", "2011-SP"), given).credit(), given);
    }

    @Test
    void a_quarter_or_season_holding_the_month_scores_as_the_year_does() {
        assertEquals(0.5, grading.grade(typed("July 1944", "1944-07"), "Q3 1944").credit());
        assertEquals(0.5, grading.grade(typed("July 1944", "1944-07"), "summer 1944").credit());
        assertEquals(0.5, grading.grade(typed("July 1944", "1944-07"), "1944").credit());
        assertEquals(0.0, grading.grade(typed("July 1944", "1944-07"), "Q1 1944").credit());
    }

    @Test
    void a_quarter_inside_the_half_year_is_right_as_a_month_inside_it_is() {
        assertEquals(1.0, grading.grade(typed("the second half of 2023", "2023-H2"), "Q3 2023").credit());
        assertEquals(0.0, grading.grade(typed("the second half of 2023", "2023-H2"), "Q2 2023").credit());
        assertEquals(1.0, grading.grade(typed("2023", "2023"), "Q2 2023").credit(), "a year is named by any part of it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan-Sep 2022", "January through September 2022", "January to September 2022",
            "1/2022 to 9/2022", "from January to September 2022"})
    void a_range_of_months_is_right_in_any_usual_writing(String given) {
        Grade g = grading.grade(typed("January to September 2022", "2022-01"), given);
        assertEquals(1.0, g.credit(), given + " -> " + g.feedback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-20", "2019 to 2020", "2019-2020", "2019 – 2020"})
    void a_range_of_years_is_right_in_any_usual_writing(String given) {
        assertEquals(1.0, grading.grade(typed("2019-2020", "2019"), given).credit(), given);
    }

    @Test
    void a_range_needs_both_ends_and_says_which_is_missing() {
        Grade start = grading.grade(typed("2019-2020", "2019"), "2019");
        assertEquals(0.5, start.credit());
        assertTrue(start.feedback().startsWith("Half credit: 2019 is the start, but the range ends 2020."), start.feedback());
        Grade end = grading.grade(typed("November 22-23, 2022", "2022-11-22"), "23 November 2022");
        assertEquals(0.5, end.credit());
        assertTrue(end.feedback().contains("is the end, but the range starts November 22, 2022"), end.feedback());
        assertEquals(1.0, grading.grade(typed("November 22-23, 2022", "2022-11-22"), "22–23 November 2022").credit());
        assertEquals(0.0, grading.grade(typed("2019-2020", "2019"), "2017-2018").credit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"March of 2022", "March 2022", "mid-March 2022", "March 3, 2022"})
    void a_month_is_right_however_it_is_written_and_however_precise(String given) {
        assertEquals(1.0, grading.grade(typed("March 2022", "2022-03"), given).credit(), given);
    }

    @Test
    void a_modified_month_accepts_the_plain_month_and_the_right_part_of_it() {
        assertEquals(1.0, grading.grade(typed("late May 2018", "2018-05"), "late May 2018").credit());
        assertEquals(1.0, grading.grade(typed("late May 2018", "2018-05"), "May 2018").credit());
        assertEquals(1.0, grading.grade(typed("late May 2018", "2018-05"), "May 29, 2018").credit());
        assertEquals(0.5, grading.grade(typed("late May 2018", "2018-05"), "2018").credit());
        assertEquals(0.0, grading.grade(typed("late May 2018", "2018-05"), "May 2, 2018").credit(), "a wrong day, early in May");
    }

    @Test
    void decades_are_graded_by_their_years() {
        assertEquals(1.0, grading.grade(typed("the 1980s", "198"), "1980s").credit());
        assertEquals(1.0, grading.grade(typed("the mid-1990s", "199"), "mid-1990s").credit());
        assertEquals(0.0, grading.grade(typed("the 1980s", "198"), "the 1990s").credit());
    }

    @Test
    void multiple_choice_needs_the_exact_choice() {
        Question q = new Question(1, 1, "k", "when", "When?", "July 1944", "1944-07",
                List.of("July 1944", "May 1946"), null, null, null, null, "generated", QuestionStatus.ACTIVE, 1);
        assertTrue(grading.grade(q, "July 1944").correct());
        assertFalse(grading.grade(q, "May 1946").correct());
    }

    @Test
    void a_timeline_is_right_only_in_the_right_order() {
        Question q = new Question(1, 1, "k", "timeline", "Order", "A\nB\nC", null, List.of("B", "C", "A"),
                null, null, null, null, "generated", QuestionStatus.ACTIVE, 1);
        assertTrue(grading.grade(q, "A\nB\nC").correct());
        Grade wrong = grading.grade(q, "B\nA\nC");
        assertFalse(wrong.correct());
        assertTrue(wrong.feedback().startsWith("1 of 3 in the right place"), wrong.feedback());
    }

    @Test
    void text_answers_ignore_case_and_punctuation() {
        Question q = new Question(1, 1, "k", "cloze", "The _____ process", "Astana", null, List.of(),
                null, null, null, null, "instructor", QuestionStatus.ACTIVE, 1);
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

    @Test
    void a_blank_filled_with_the_articles_own_words_takes_its_year_from_the_sentence() {
        Question q = new Question(1, 1, "k", "cloze", "Talks took place on _____ in Astana.", "November 22-23, 2022",
                "2022-11-22", List.of(), null, null, null, null, "generated", QuestionStatus.ACTIVE, 1);
        assertEquals(1.0, grading.grade(q, "November 22-23").credit());
        assertEquals(0.5, grading.grade(q, "November 22").credit(), "one end of the range");
    }
}
