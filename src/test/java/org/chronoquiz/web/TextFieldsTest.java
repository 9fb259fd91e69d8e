package org.chronoquiz.web;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Free text a person types is stored in one Unicode form (NFC) and never with control or invisible characters:
 * the instructor's question, a learner's answer, an email address, a password.
 */
class TextFieldsTest {
    private static final String DECOMPOSED = "Bogota\u0301"; // "Bogotá" as a Mac keyboard or a PDF may give it
    @TempDir
    Path tmp;

    private static Map<String, String> question(long deck, String prompt, String answer, String choices) {
        return Map.of("deck_id", "" + deck, "type", choices.isEmpty() ? "typed" : "when", "prompt", prompt,
                "answer", answer, "choices", choices, "source_sentence", "", "tags", "");
    }

    @Test
    void an_instructors_question_is_stored_in_nfc_and_refused_with_a_control_character_named_by_field() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long deck = app.deckId();
            long before = app.count("SELECT count(*) FROM questions");
            teacher.get("/instructor/questions/new");
            var override = teacher.post("/instructor/questions", question(deck, "When did \u202Ethe mayor resign?", "1999", ""));
            assertEquals(400, override.status());
            assertTrue(override.body().contains("id=\"prompt-error\"") && override.body().contains("U+202E"), override.body());
            var nul = teacher.post("/instructor/questions", question(deck, "When did the mayor resign?", "1999",
                    "1999\n19\u000098\n2001"));
            assertEquals(400, nul.status());
            assertTrue(nul.body().contains("id=\"choices-error\""), nul.body());
            assertEquals(before, app.count("SELECT count(*) FROM questions"), "nothing stored from a refused form");

            var ok = teacher.post("/instructor/questions", question(deck, "When did " + DECOMPOSED + " elect its mayor?", "1999", ""));
            assertEquals(303, ok.status(), ok.body());
            assertEquals("When did Bogotá elect its mayor?", app.jdbi.withHandle(h -> h.createQuery(
                    "SELECT prompt FROM questions WHERE origin = 'instructor'").mapTo(String.class).one()));
        }
    }

    @Test
    void a_learners_answer_with_a_control_character_is_refused_and_stores_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("ana@example.org", "learner");
            String quizUrl = browser.startQuiz(app.deckId(), 6);
            long quizId = Long.parseLong(quizUrl.substring(quizUrl.lastIndexOf('/') + 1));
            long typed = app.count("SELECT min(i.question_id) FROM quiz_items i JOIN questions q ON q.id = i.question_id "
                    + "WHERE i.quiz_id = " + quizId + " AND q.type <> 'timeline'");
            browser.get(quizUrl);
            var res = browser.post(quizUrl + "/answers", Map.of("question_id", "" + typed, "answer", "July\u0000 1944"));
            assertEquals(400, res.status());
            assertTrue(res.body().contains("id=\"answer-error\"") && res.body().contains("U+0000"), res.body());
            assertEquals(0, app.count("SELECT count(*) FROM answers"));
        }
    }

    @Test
    void an_address_and_a_password_typed_in_another_unicode_form_are_the_same() {
        try (TestApp app = TestApp.start(tmp)) {
            app.accounts.create("zoe\u0301@example.org", "cafe\u0301 lantern orchard", "learner");
            assertEquals(1, app.count("SELECT count(*) FROM users WHERE email = 'zoé@example.org'"), "stored in NFC");
            WebClient browser = app.client();
            browser.get("/login");
            var res = browser.post("/login", Map.of("email", "ZOÉ@example.org", "password", "café lantern orchard"));
            assertEquals(303, res.status(), res.body());
            assertEquals(200, browser.get("/stats").status());
        }
    }
}
