package org.chronoquiz.web;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A form sent with a stale CSRF token is refused, but the person keeps what they typed and stays logged in. */
class ExpiredFormTest {
    @TempDir
    Path tmp;

    @Test
    void a_stale_token_is_refused_and_the_page_shows_back_what_was_typed_to_the_logged_in_user() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long before = app.count("SELECT count(*) FROM questions");
            var res = teacher.postRaw("/instructor/questions", Map.of("_csrf", "stale-token", "deck_id", "" + app.deckId(),
                    "type", "typed", "prompt", "When did the long <b>negotiation</b> end?", "answer", "May 1946"));
            assertEquals(403, res.status());
            assertEquals(before, app.count("SELECT count(*) FROM questions"), "nothing saved");
            assertTrue(res.body().contains("When did the long &lt;b&gt;negotiation&lt;/b&gt; end?"), "what was typed, escaped");
            assertTrue(res.body().contains("Log out (teacher@example.org)"), "still shown as logged in");
            assertFalse(res.body().contains("stale-token"), "the token is not echoed");
        }
    }

    @Test
    void a_refused_log_in_never_echoes_the_password() {
        try (TestApp app = TestApp.start(tmp)) {
            var res = app.client().postRaw("/login", Map.of("_csrf", "x", "email", "ada@example.org", "password", "hunter2 secret"));
            assertEquals(403, res.status());
            assertTrue(res.body().contains("ada@example.org"));
            assertFalse(res.body().contains("hunter2"));
            var reset = app.client().postRaw("/password/reset", Map.of("_csrf", "x", "token", "mailed-link-secret",
                    "password", "hunter2 secret", "confirm", "hunter2 secret"));
            assertEquals(403, reset.status());
            assertFalse(reset.body().contains("mailed-link-secret") || reset.body().contains("hunter2"),
                    "neither a mailed link's token nor the password is shown back");
        }
    }
}
