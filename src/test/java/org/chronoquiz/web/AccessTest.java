package org.chronoquiz.web;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every protected route turns away whoever lacks its role (flaskr's parametrised login_required test). */
class AccessTest {
    @TempDir
    Path tmp;
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start(tmp);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/decks/1", "/quizzes/1", "/review", "/stats", "/settings", "/instructor",
            "/instructor/questions/new",
            "/instructor/questions/1/edit"})
    void pages_send_anonymous_visitors_to_the_login_page(String path) {
        var res = app.client().get(path);
        assertEquals(303, res.status());
        assertTrue(res.location().startsWith("/login?next="), res.location());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/decks/1/quizzes", "/quizzes/1/answers", "/review", "/review/undo", "/settings",
            "/settings/optimize", "/instructor/questions",
            "/instructor/questions/1", "/instructor/questions/1/retire", "/instructor/questions/1/restore"})
    void forms_refuse_anonymous_posts(String path) {
        WebClient browser = app.client();
        browser.get("/login");
        var res = browser.post(path, Map.of());
        assertEquals(303, res.status());
        assertTrue(res.location().startsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/instructor", "/instructor/questions/new", "/instructor/questions/1/edit"})
    void learners_may_not_open_instructor_pages(String path) {
        WebClient learner = app.loggedIn("learner@example.org", "learner");
        assertEquals(403, learner.get(path).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/instructor/questions", "/instructor/questions/1", "/instructor/questions/1/retire"})
    void learners_may_not_change_the_bank(String path) {
        WebClient learner = app.loggedIn("learner@example.org", "learner");
        learner.get("/");
        long before = app.count("SELECT count(*) FROM questions WHERE status = 'active'");
        var res = learner.post(path, Map.of("deck_id", "1", "type", "typed", "prompt", "When?", "answer", "1999"));
        assertEquals(403, res.status());
        assertEquals(before, app.count("SELECT count(*) FROM questions WHERE status = 'active'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/decks", "/api/decks/1/due", "/api/me/scores"})
    void the_api_answers_401_in_json_without_a_token(String path) {
        var res = app.client().api("GET", path, null, null);
        assertEquals(401, res.status());
        assertTrue(res.body().contains("\"error\""), res.body());
    }

    @Test
    void a_wrong_token_is_refused() {
        var res = app.client().api("GET", "/api/decks", null, "cq_not-a-token");
        assertEquals(401, res.status());
    }

    @Test
    void unknown_pages_are_404() {
        WebClient learner = app.loggedIn("learner@example.org", "learner");
        assertEquals(404, learner.get("/decks/999").status());
        assertEquals(404, learner.get("/decks/abc").status());
        assertEquals(404, learner.get("/no/such/page").status());
    }

    @Test
    void stylesheet_and_scripts_are_public() {
        var css = app.client().get("/public/style.css");
        assertEquals(200, css.status());
        assertTrue(css.body().contains("body"));
        assertEquals(200, app.client().get("/public/review.js").status());
    }

    @Test
    void health_is_public() {
        var res = app.client().get("/health");
        assertEquals(200, res.status());
        assertEquals("{\"status\":\"ok\"}", res.body());
    }
}
