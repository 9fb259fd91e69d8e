package org.chronoquiz.authoring;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An instructor adds, edits and retires questions through the forms; learners see the result. */
class InstructorTest {
    @TempDir
    Path tmp;

    private static Map<String, String> typedQuestion(long deck, String prompt, String answer) {
        return Map.of("deck_id", "" + deck, "type", "typed", "prompt", prompt, "answer", answer,
                "choices", "", "source_sentence", "The Berlin Wall fell on 9 November 1989.");
    }

    @Test
    void a_question_an_instructor_adds_is_asked_to_learners() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long deck = app.deckId();
            teacher.get("/instructor/questions/new?deck=" + deck);
            var res = teacher.post("/instructor/questions", typedQuestion(deck, "When did the Berlin Wall fall?", "November 9, 1989"));
            assertEquals(303, res.status(), res.body());
            assertEquals("1989-11-09", app.jdbi.withHandle(h -> h.createQuery(
                    "SELECT answer_value FROM questions WHERE origin = 'instructor'").mapTo(String.class).one()),
                    "a date answer gets its TIMEX3 value, so typed answers are graded tolerantly");
            assertTrue(teacher.get("/instructor?deck=" + deck).body().contains("When did the Berlin Wall fall?"));

            WebClient learner = app.loggedIn("learner@example.org", "learner");
            String quiz = learner.startQuiz(deck, 50);
            long quizId = WebClient.quizId(quiz);
            long added = app.count("SELECT count(*) FROM quiz_items i JOIN questions q ON q.id = i.question_id "
                    + "WHERE i.quiz_id = " + quizId + " AND q.origin = 'instructor'");
            assertEquals(1, added, "a quiz over the whole deck includes the new question");
            long qid = app.count("SELECT id FROM questions WHERE origin = 'instructor'");
            learner.get(quiz);
            learner.post(quiz + "/answers", Map.of("question_id", "" + qid, "answer", "9/11/1989"));
            assertEquals(1.0, app.jdbi.withHandle(h -> h.createQuery("SELECT credit FROM answers WHERE question_id = " + qid)
                    .mapTo(Double.class).one()));
        }
    }

    @ParameterizedTest
    @CsvSource({"the third quarter of 1989,1989-Q3", "Q3 1989,1989-Q3", "spring 2011,2011-SP",
            "first half of 2023,2023-H1", "July 1944,1944-07", "1989,1989"})
    void an_answer_is_stored_with_the_timex_value_of_its_precision(String answer, String value) {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long deck = app.deckId();
            teacher.get("/instructor/questions/new?deck=" + deck);
            var res = teacher.post("/instructor/questions", typedQuestion(deck, "When was the report filed?", answer));
            assertEquals(303, res.status(), res.body());
            assertEquals(value, app.jdbi.withHandle(h -> h.createQuery(
                    "SELECT answer_value FROM questions WHERE origin = 'instructor'").mapTo(String.class).one()),
                    "the hint and the grading follow the answer's own precision");
        }
    }

    @Test
    void an_invalid_question_comes_back_with_the_error_beside_its_field_and_is_not_stored() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long deck = app.deckId();
            long before = app.count("SELECT count(*) FROM questions");
            teacher.get("/instructor/questions/new");
            var noAnswer = teacher.post("/instructor/questions", typedQuestion(deck, "When did the Wall fall?", ""));
            assertEquals(400, noAnswer.status());
            assertTrue(noAnswer.body().contains("Give the answer."));
            assertTrue(noAnswer.body().contains("When did the Wall fall?"), "the prompt typed is kept");
            var givesAway = teacher.post("/instructor/questions", typedQuestion(deck, "Did the Wall fall in 1989?", "1989"));
            assertEquals(400, givesAway.status());
            assertTrue(givesAway.body().contains("The prompt gives the answer away."));
            var clozeWithoutBlank = teacher.post("/instructor/questions", Map.of("deck_id", "" + deck, "type", "cloze",
                    "prompt", "The Wall fell in November.", "answer", "1989", "choices", ""));
            assertEquals(400, clozeWithoutBlank.status());
            assertTrue(clozeWithoutBlank.body().contains("A cloze prompt needs a blank"));
            var choiceMissing = teacher.post("/instructor/questions", Map.of("deck_id", "" + deck, "type", "when",
                    "prompt", "When did the Wall fall?", "answer", "1989", "choices", "1987\n1988\n1990"));
            assertEquals(400, choiceMissing.status());
            assertTrue(choiceMissing.body().contains("The answer must be one of the choices"));
            var noDeck = teacher.post("/instructor/questions", typedQuestion(9999, "When did the Wall fall?", "1989"));
            assertEquals(400, noDeck.status());
            assertTrue(noDeck.body().contains("There is no such deck."));
            assertEquals(before, app.count("SELECT count(*) FROM questions"));
        }
    }

    @Test
    void editing_changes_the_question_and_retiring_keeps_learners_history() {
        try (TestApp app = TestApp.start(tmp)) {
            long deck = app.deckId();
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            long typed = app.count("SELECT id FROM questions WHERE type = 'typed' LIMIT 1");
            // its siblings on the same fact would keep it out of the quiz
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE answer = 'July 1944' AND type <> 'typed'"));
            String quiz = learner.startQuiz(deck, 50);
            long quizId = WebClient.quizId(quiz);
            learner.get(quiz);
            learner.post(quiz + "/answers", Map.of("question_id", "" + typed, "answer", "July 1944"));

            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            var form = teacher.get("/instructor/questions/" + typed + "/edit");
            assertTrue(form.body().contains("July 1944"), "the form is filled with the question");
            var saved = teacher.post("/instructor/questions/" + typed, Map.of("type", "typed",
                    "prompt", "In which month and year did the USSR and Syria establish diplomatic relations?",
                    "answer", "July 1944", "choices", "", "source_sentence", ""));
            assertEquals(303, saved.status(), saved.body());
            assertEquals(1, app.count("SELECT count(*) FROM questions WHERE id = " + typed
                    + " AND prompt LIKE 'In which month and year%'"));

            assertEquals(303, teacher.post("/instructor/questions/" + typed + "/retire", Map.of()).status());
            assertEquals(1, app.count("SELECT count(*) FROM answers WHERE question_id = " + typed), "history kept");
            assertEquals(200, learner.get(quiz + "?after=" + typed).status(), "the old feedback page still opens");
            String next = learner.startQuiz(deck, 50);
            long nextId = WebClient.quizId(next);
            assertEquals(0, app.count("SELECT count(*) FROM quiz_items WHERE quiz_id = " + nextId + " AND question_id = " + typed),
                    "a retired question is not asked again");
            assertTrue(quizId != nextId);

            teacher.get("/instructor?deck=" + deck);
            assertEquals(303, teacher.post("/instructor/questions/" + typed + "/restore", Map.of()).status());
            assertTrue(teacher.get("/instructor?deck=" + deck).body().contains("Question restored"));
            assertEquals(1, app.count("SELECT count(*) FROM questions WHERE id = " + typed + " AND status = 'active'"));
            // restoring what is not retired says so, and changes nothing
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'draft' WHERE id = " + typed));
            teacher.post("/instructor/questions/" + typed + "/restore", Map.of());
            assertTrue(teacher.get("/instructor?deck=" + deck).body().contains("Only a retired question can be restored"));
            assertEquals(1, app.count("SELECT count(*) FROM questions WHERE id = " + typed + " AND status = 'draft'"));
        }
    }
}
