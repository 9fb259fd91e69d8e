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

/** Tokens, unknown pages and public files; the role of every route is checked in {@link RoleMatrixTest}. */
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
