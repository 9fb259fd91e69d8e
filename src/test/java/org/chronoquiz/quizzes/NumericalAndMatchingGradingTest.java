package org.chronoquiz.quizzes;

import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules for numbers and pairs, without the app around them. */
class NumericalAndMatchingGradingTest {
    private final Grading grading = new Grading();

    private static Question q(String type, String answer, String value, List<String> choices) {
        return new Question(1, 1, "k", type, "Asked?", answer, value, choices, null, null, null, null, "instructor",
                QuestionStatus.ACTIVE, 1);
    }

    @Test
    void the_best_answer_that_holds_the_number_gives_its_credit_and_both_ends_count() {
        Question wall = q("numerical", "1989", "1989:1", List.of("50% 1989:3", "75% 1989:2"));
        assertEquals(1.0, grading.grade(wall, "1990").credit(), "the end of the tolerance");
        assertEquals(0.75, grading.grade(wall, "1991").credit(), "the better of two alternatives");
        assertEquals(0.5, grading.grade(wall, "1986").credit());
        assertEquals(0.0, grading.grade(wall, "1985.9").credit());
        assertEquals("1989 ± 1", wall.shownAnswer());
        Grade decimal = grading.grade(q("numerical", "2.5", "2.5:0", List.of()), "2,5");
        assertEquals(1.0, decimal.credit());
        assertTrue(decimal.feedback().contains("Read as 2.5."), decimal.feedback());
    }

    @Test
    void each_pair_is_an_equal_share_and_extras_are_only_options() {
        Question capitals = q("matching", "Ottawa\nRome\nTokyo\nParis", null, List.of("Canada", "Italy", "Japan"));
        assertEquals(List.of("Ottawa", "Paris", "Rome", "Tokyo"), capitals.matchOptions());
        assertEquals(1.0, grading.grade(capitals, "Ottawa\nRome\nTokyo").credit());
        Grade one = grading.grade(capitals, "Paris\nRome\nOttawa");
        assertEquals(1.0 / 3, one.credit(), 1e-9);
        assertTrue(one.feedback().startsWith("1 of 3 pairs right. The ones missed: Canada → Ottawa; Japan → Tokyo."), one.feedback());
        assertEquals(0.0, grading.grade(capitals, "Rome").credit(), "a short answer misses the rest");
        assertEquals("Canada → Ottawa\nItaly → Rome\nJapan → Tokyo", capitals.shownAnswer());
    }
}
