package org.chronoquiz.accounts;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountPagesTest {
    @TempDir
    Path tmp;

    @Test
    void a_visitor_signs_up_and_lands_on_the_decks() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.client();
            browser.get("/signup");
            var res = browser.post("/signup", Map.of("email", "Ada@Example.org", "password", "plenty long enough", "confirm", "plenty long enough"));
            assertEquals(303, res.status());
            assertEquals("/", res.location());
            String home = browser.get("/").body();
            assertTrue(home.contains("Stalwart Allies and Close Friends"), home);
            assertTrue(home.contains("ada@example.org"));
            assertEquals(1, app.count("SELECT count(*) FROM users WHERE email = 'ada@example.org' AND role = 'learner'"));
            assertFalse(app.jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users").mapTo(String.class).one())
                    .contains("plenty long enough"), "the password is stored hashed");
        }
    }

    @Test
    void a_missing_favicon_fetched_beside_the_form_does_not_void_its_csrf_token() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.client();
            browser.get("/signup");
            String token = browser.csrf();
            assertEquals(404, browser.get("/favicon.ico").status());
            var res = browser.post("/signup", Map.of("_csrf", token, "email", "fav@example.org",
                    "password", "plenty long enough", "confirm", "plenty long enough"));
            assertEquals(303, res.status(), res.body());
        }
    }

    @Test
    void a_bad_signup_shows_the_error_beside_the_field_keeps_the_input_and_writes_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.client();
            browser.get("/signup");
            var res = browser.post("/signup", Map.of("email", "not-an-email", "password", "plenty long enough", "confirm", "plenty long enough"));
            assertEquals(400, res.status());
            assertTrue(res.body().contains("This is not an email address."), res.body());
            assertTrue(res.body().contains("value=\"not-an-email\""), "the input is kept");
            var shortPassword = browser.post("/signup", Map.of("email", "b@example.org", "password", "short", "confirm", "short"));
            assertEquals(400, shortPassword.status());
            assertTrue(shortPassword.body().contains("Use at least 12 characters"));
            assertEquals(0, app.count("SELECT count(*) FROM users"));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"password", "12345678", "        ", "password1234",
            "aaaaaaaaaaaaaaaa", "qwertyuiopasdf", "reader@example.org", "reader@example.org!!", "my reader account"})
    void a_common_short_or_email_based_password_is_refused(String password) {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.client();
            browser.get("/signup");
            var res = browser.post("/signup", Map.of("email", "reader@example.org", "password", password, "confirm", password));
            assertEquals(400, res.status(), password);
            assertTrue(res.body().contains("id=\"password-error\""), res.body());
            assertEquals(0, app.count("SELECT count(*) FROM users"));
        }
    }

    @Test
    void signing_up_twice_with_one_email_is_refused() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("taken@example.org", "learner");
            WebClient browser = app.client();
            browser.get("/signup");
            var res = browser.post("/signup", Map.of("email", "TAKEN@example.org", "password", "plenty long enough", "confirm", "plenty long enough"));
            assertEquals(400, res.status());
            assertTrue(res.body().contains("An account with this email already exists."));
            assertEquals(1, app.count("SELECT count(*) FROM users"));
        }
    }

    @Test
    void a_wrong_password_is_refused_and_logging_out_ends_the_session() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("lin@example.org", "learner");
            WebClient browser = app.client();
            browser.get("/login");
            var wrong = browser.post("/login", Map.of("email", "lin@example.org", "password", "wrong password"));
            assertEquals(400, wrong.status());
            assertTrue(wrong.body().contains("do not match an account"));
            browser.login("lin@example.org", TestApp.PASSWORD);
            assertEquals(200, browser.get("/stats").status());
            browser.get("/");
            assertEquals(303, browser.post("/logout", Map.of()).status());
            var after = browser.get("/stats");
            assertEquals(303, after.status());
            assertTrue(after.location().startsWith("/login"));
        }
    }

    @Test
    void a_form_without_the_csrf_token_is_refused_and_writes_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.client();
            browser.get("/signup");
            var res = browser.postRaw("/signup", Map.of("email", "eve@example.org", "password", "plenty long enough", "confirm", "plenty long enough"));
            assertEquals(403, res.status());
            var forged = browser.postRaw("/signup", Map.of("_csrf", "forged", "email", "eve@example.org",
                    "password", "plenty long enough", "confirm", "plenty long enough"));
            assertEquals(403, forged.status());
            assertEquals(0, app.count("SELECT count(*) FROM users"));
        }
    }

    @Test
    void logging_in_issues_a_new_session_id_and_the_session_survives_a_restart() {
        TestApp app = TestApp.start(tmp);
        app.user("kim@example.org", "learner");
        WebClient browser = app.client();
        browser.get("/login");
        String anonymousToken = browser.csrf();
        browser.post("/login", Map.of("email", "kim@example.org", "password", TestApp.PASSWORD));
        browser.get("/");
        assertNotEquals(anonymousToken, browser.csrf(), "log-in starts a new session, with a new CSRF token");
        app.close();
        try (TestApp restarted = TestApp.restart(app.db, app.clock)) {
            var page = browser.at(restarted).get("/stats");
            assertEquals(200, page.status(), "still logged in after the restart");
            assertTrue(page.body().contains("kim@example.org"));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"//evil.example/", "/\\evil.example", "/\t/evil.example",
            "/\n/evil.example", "https://evil.example/", "/\u0000x", "javascript:alert(1)", "/caf\u00e9"})
    void after_login_the_browser_never_leaves_the_site(String next) {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("nia@example.org", "learner");
            WebClient browser = app.client();
            browser.get("/login");
            var res = browser.post("/login", Map.of("email", "nia@example.org", "password", TestApp.PASSWORD, "next", next));
            assertEquals(303, res.status());
            assertEquals("/", res.location(), "next " + next.replace("\t", "\\t").replace("\n", "\\n"));
        }
    }

    @Test
    void a_same_site_next_is_kept_and_an_overlong_one_dropped() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("ola@example.org", "learner");
            WebClient browser = app.client();
            browser.get("/login");
            var kept = browser.post("/login", Map.of("email", "ola@example.org", "password", TestApp.PASSWORD,
                    "next", "/review?deck=1"));
            assertEquals("/review?deck=1", kept.location());
            browser.post("/logout", Map.of());
            browser.get("/login");
            var huge = browser.post("/login", Map.of("email", "ola@example.org", "password", TestApp.PASSWORD,
                    "next", "/" + "a".repeat(20_000)));
            assertEquals(303, huge.status());
            assertEquals("/", huge.location());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a\u0000b@example.org", "ab@exa\u202emple.org", "a\tb@example.org"})
    void an_email_with_control_or_direction_characters_is_refused(String email) {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.client();
            browser.get("/signup");
            var res = browser.post("/signup", Map.of("email", email, "password", "plenty long enough", "confirm", "plenty long enough"));
            assertEquals(400, res.status());
            assertEquals(0, app.count("SELECT count(*) FROM users"));
        }
    }

    @Test
    void a_huge_email_is_refused_before_it_is_parsed() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.client();
            browser.get("/signup");
            var res = browser.post("/signup", Map.of("email", "a".repeat(90_000) + "@" + "b.".repeat(20_000),
                    "password", "plenty long enough", "confirm", "plenty long enough"));
            assertEquals(400, res.status());
            assertTrue(res.body().contains("This is not an email address."));
            assertEquals(0, app.count("SELECT count(*) FROM users"));
        }
    }
}
