package org.chronoquiz.authoring;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An edit after learners answered: their score pages keep what was asked, the history shows both, cards survive. */
class VersioningTest {
    @TempDir
    Path tmp;

    private static Map<String, String> edit(String prompt, String answer) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "typed");
        form.put("prompt", prompt);
        form.put("answer", answer);
        form.put("choices", "");
        form.put("source_sentence", "");
        return form;
    }

    @Test
    void an_edit_after_an_attempt_keeps_the_old_wording_on_the_learners_score_page() {
        try (TestApp app = TestApp.start(tmp)) {
            long id = app.count("SELECT id FROM questions WHERE qkey = 'typed-1605-1614'");
            String before = app.jdbi.withHandle(h -> h.createQuery("SELECT prompt FROM questions WHERE id = " + id)
                    .mapTo(String.class).one());
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE id <> " + id));
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            learner.study(app.deckId());
            String quiz = learner.startQuiz(app.deckId(), 1);
            learner.get(quiz);
            learner.post(quiz + "/answers", Map.of("question_id", "" + id, "answer", "July 1944"));
            assertTrue(learner.get(quiz).body().contains(before), "the score page shows the question");

            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            teacher.get("/instructor/questions/" + id + "/edit");
            var saved = teacher.post("/instructor/questions/" + id, edit("In which month did the Soviet Union and Syria "
                    + "establish diplomatic relations?", "July 1944"));
            assertEquals(303, saved.status(), saved.body());

            String score = learner.get(quiz).body();
            assertTrue(score.contains(before), "the learner's score page still shows what was asked then");
            assertFalse(score.contains("In which month did the Soviet Union"), score);
            var feedback = learner.get(quiz + "?after=" + id).body();
            assertTrue(feedback.contains(before), "so does the feedback on that answer");

            String history = teacher.get("/instructor/questions/" + id + "/history").body();
            assertTrue(history.contains("Version 2 (current)") && history.contains("Version 1"), history);
            assertTrue(history.contains(before) && history.contains("In which month did the Soviet Union"));
            assertTrue(history.contains("1 answer ·"), "the answer belongs to version 1: " + history);

            teacher.get("/instructor/questions/" + id + "/edit");
            teacher.post("/instructor/questions/" + id, edit("In which month did the Soviet Union and Syria "
                    + "establish diplomatic relations?", "July 1944"));
            assertEquals(2, app.count("SELECT version FROM questions WHERE id = " + id), "saving unchanged makes no version");

            WebClient next = app.loggedIn("next@example.org", "learner");
            String quiz2 = next.startQuiz(app.deckId(), 1);
            assertTrue(next.get(quiz2).body().contains("In which month did the Soviet Union"), "new quizzes ask the new wording");
        }
    }

    @Test
    void a_wording_edit_keeps_the_learners_flashcard_schedule() {
        try (TestApp app = TestApp.start(tmp)) {
            long id = app.count("SELECT id FROM questions WHERE qkey = 'cloze-1702-1717'");
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            learner.study(app.deckId());
            learner.get("/review");
            long card = app.count("SELECT id FROM cards WHERE question_id = " + id);
            app.jdbi.useHandle(h -> h.execute("UPDATE cards SET phase = 'REVIEW', stability = 12.5, due = 1 WHERE id = " + card));
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            teacher.get("/instructor/questions/" + id + "/edit");
            Map<String, String> form = edit("The USSR and Syria signed their friendship treaty on _____.", "October 8, 1980");
            form.put("type", "cloze");
            assertEquals(303, teacher.post("/instructor/questions/" + id, form).status());
            assertEquals(1, app.count("SELECT count(*) FROM cards WHERE id = " + card
                    + " AND phase = 'REVIEW' AND stability = 12.5 AND question_id = " + id));
        }
    }
}
