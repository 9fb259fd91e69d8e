package org.chronoquiz.accounts;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions are made when needed and swept when expired: a crawler leaves no rows, old sessions go. */
class SessionRowsTest {
    @TempDir
    Path tmp;

    @Test
    void visitors_reading_pages_start_no_session_and_a_form_starts_one() {
        try (TestApp app = TestApp.start(tmp)) {
            for (String path : new String[]{"/", "/health", "/public/style.css", "/no-such-page", "/decks/1"}) {
                app.client().get(path);
                app.client().head(path);
            }
            assertEquals(0, app.count("SELECT count(*) FROM sessions"), "GETs without a form leave no session behind");
            WebClient visitor = app.client();
            visitor.get("/login");
            visitor.get("/signup");
            assertEquals(1, app.count("SELECT count(*) FROM sessions"), "one session carries the forms' CSRF token");
        }
    }

    @Test
    void expired_sessions_are_swept_when_new_ones_start() {
        try (TestApp app = TestApp.start(tmp)) {
            app.client().get("/login"); // a visitor's session: one day
            app.loggedIn("ada@example.org", "learner"); // a log-in: 30 days (its anonymous session is replaced)
            assertEquals(2, app.count("SELECT count(*) FROM sessions"));
            app.clock.advance(Duration.ofDays(2));
            app.client().get("/login");
            assertEquals(2, app.count("SELECT count(*) FROM sessions"), "the visitor's expired session was swept");
            app.clock.advance(Duration.ofDays(31));
            app.client().get("/login");
            assertEquals(1, app.count("SELECT count(*) FROM sessions"));
        }
    }

    @Test
    void behind_https_the_session_cookie_is_secure_and_otherwise_it_is_not() {
        try (TestApp app = TestApp.startSecure(tmp)) {
            String cookie = app.client().raw("GET", "/login").headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        }
        try (TestApp app = TestApp.start(tmp.resolve("plain"))) {
            String cookie = app.client().raw("GET", "/login").headers().firstValue("Set-Cookie").orElseThrow();
            assertFalse(cookie.contains("Secure"), "plain HTTP on a laptop: a Secure cookie would never come back");
        }
    }
}
