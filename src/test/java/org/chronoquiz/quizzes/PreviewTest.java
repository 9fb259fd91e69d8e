package org.chronoquiz.quizzes;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An instructor previews a quiz as learners would get it; nothing is stored. */
class PreviewTest {
    @TempDir
    Path tmp;

    @Test
    void the_preview_shows_a_drawn_quiz_with_its_answers_and_stores_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long quizzes = app.count("SELECT count(*) FROM quizzes");
            var page = teacher.get("/instructor/decks/" + app.deckId() + "/preview?size=3");
            assertEquals(200, page.status(), page.body());
            int shown = page.body().split("class=\"panel preview\"", -1).length - 1;
            assertTrue(shown >= 1 && shown <= 3, "at most the size asked: " + shown);
            assertTrue(page.body().contains("<summary>Answer</summary>"));
            assertTrue(page.body().contains("disabled"), "the learner's inputs, inert");
            assertEquals(quizzes, app.count("SELECT count(*) FROM quizzes"));
            assertEquals(400, teacher.get("/instructor/decks/" + app.deckId() + "/preview?size=0").status());
            assertEquals(404, teacher.get("/instructor/decks/999/preview").status());
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            assertEquals(403, learner.get("/instructor/decks/" + app.deckId() + "/preview").status());
        }
    }
}
