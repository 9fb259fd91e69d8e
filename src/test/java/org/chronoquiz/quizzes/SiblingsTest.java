package org.chronoquiz.quizzes;

import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiblingsTest {
    private static Question q(String type, String prompt, String answer, String value, List<String> choices, String sentence) {
        return new Question(1, 1, "k", type, prompt, answer, value, choices, sentence, 0, 1, null, "generated", QuestionStatus.ACTIVE, 1);
    }

    @Test
    void questions_that_answer_each_other_or_share_a_sentence_or_a_date_are_siblings() {
        Question when = q("when", "When were relations established?", "July 1944", "1944-07", List.of(), "Relations were established in July 1944.");
        Question cloze = q("cloze", "Relations were established in _____.", "July 1944", "1944-07", List.of(), "Relations were established in July 1944.");
        Question happened = q("what_happened", "Which of these happened in July 1944?", "Relations were established.", null,
                List.of("Relations were established.", "A treaty was signed."), "Another sentence.");
        Question sameDay = q("typed", "When did NATO admit Poland?", "March 12, 1999", "1999-03-12", List.of(), "NATO admitted Poland on March 12, 1999.");
        Question sameDay2 = q("typed", "When did Albright sign the papers?", "March 12, 1999", "1999-03-12", List.of(), "Albright signed on March 12, 1999.");
        Question other = q("typed", "When did the treaty date from?", "October 8, 1980", "1980-10-08", List.of(), "The treaty of October 8, 1980.");
        assertTrue(Siblings.giveAway(when, cloze), "same sentence");
        assertTrue(Siblings.giveAway(when, happened), "the what-happened prompt names the answer");
        assertTrue(Siblings.giveAway(sameDay, sameDay2), "same date");
        assertFalse(Siblings.giveAway(when, other));
        assertFalse(Siblings.giveAway(sameDay, other));
    }

    @Test
    void an_instructors_question_is_always_in_the_quiz_even_beside_a_generated_one_on_its_date() {
        Question generated = q("when", "When was the treaty signed?", "October 8, 1980", "1980-10-08", List.of(), "The treaty of 1980.");
        Question authored = new Question(2, 1, "i", "typed", "When did Russia and Syria sign the treaty?", "8 October 1980",
                "1980-10-08", List.of(), null, null, null, null, "instructor", QuestionStatus.ACTIVE, 1);
        for (int seed = 0; seed < 20; seed++) {
            List<Question> quiz = QuizService.pick(List.of(generated, authored), 50, new java.util.Random(seed));
            assertTrue(quiz.contains(authored), "seed " + seed);
            assertFalse(quiz.contains(generated), "the same date twice");
        }
    }
}
