package org.chronoquiz.accounts;

import org.chronoquiz.TestApp;
import org.chronoquiz.TestMailbox;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Forgot your password?" as a learner uses it, and as someone probing for accounts would. */
class PasswordResetTest {
    private static final String NEW_PASSWORD = "lantern orchard violet";

    @TempDir
    Path tmp;

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    private static String hash(TestApp app) {
        return app.jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE email = 'ann@example.org'")
                .mapTo(String.class).one());
    }

    @Test
    void a_learner_resets_a_forgotten_password_by_the_mailed_link_and_other_sessions_end() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient elsewhere = app.loggedIn("ann@example.org", "learner"); // still logged in on another device
            assertEquals(200, elsewhere.get("/stats").status());
            WebClient browser = app.client();
            assertTrue(browser.get("/login").body().contains("href=\"/password/forgot\""), "the log-in page offers it");
            browser.get("/password/forgot");
            var res = browser.post("/password/forgot", Map.of("email", " Ann@Example.org "));
            assertEquals(303, res.status(), res.body());
            assertEquals("/password/sent", res.location());
            assertTrue(browser.get("/password/sent").body().contains("within an hour"));

            var mail = app.mail.await("ann@example.org", 1);
            assertEquals("Choose a new Chronoquiz password", mail.subject());
            String link = TestMailbox.link(mail, "/password/reset");
            String before = hash(app);
            var form = browser.get(link);
            assertEquals(200, form.status());
            assertTrue(form.body().contains("ann@example.org") && form.body().contains("name=\"password\""), form.body());

            var weak = browser.post("/password/reset", Map.of("token", token(link), "password", "password1234", "confirm", "password1234"));
            assertEquals(400, weak.status());
            assertTrue(weak.body().contains("id=\"password-error\"") && weak.body().contains("name=\"token\""),
                    "the error is beside the field and the form still carries the link: " + weak.body());
            var differ = browser.post("/password/reset", Map.of("token", token(link), "password", NEW_PASSWORD, "confirm", "something else"));
            assertEquals(400, differ.status());
            assertTrue(differ.body().contains("id=\"confirm-error\""));
            assertEquals(before, hash(app), "a refused reset changes nothing");

            var done = browser.post("/password/reset", Map.of("token", token(link), "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));
            assertEquals(303, done.status(), done.body());
            assertTrue(browser.get("/").body().contains("Your password is changed"), "logged in, and told");
            assertEquals(303, elsewhere.get("/stats").status(), "the other device's session ended");

            WebClient later = app.client();
            later.get("/login");
            assertEquals(400, later.post("/login", Map.of("email", "ann@example.org", "password", TestApp.PASSWORD)).status());
            assertEquals(303, later.post("/login", Map.of("email", "ann@example.org", "password", NEW_PASSWORD)).status());

            WebClient replay = app.client();
            assertEquals(400, replay.get(link).status(), "a reset link works once");
            replay.get("/password/forgot"); // a CSRF token: the used link's page has no form
            var reused = replay.post("/password/reset", Map.of("token", token(link), "password", "another fine phrase here",
                    "confirm", "another fine phrase here"));
            assertEquals(400, reused.status());
            assertTrue(reused.body().contains("expired or has already been used"), reused.body());
        }
    }

    @Test
    void a_reset_link_lasts_an_hour() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("ann@example.org", "learner");
            WebClient browser = app.client();
            browser.get("/password/forgot");
            browser.post("/password/forgot", Map.of("email", "ann@example.org"));
            String link = TestMailbox.link(app.mail.await("ann@example.org", 1), "/password/reset");
            String before = hash(app);
            app.clock.advance(Duration.ofMinutes(61));
            assertEquals(400, browser.get(link).status());
            browser.get("/password/forgot");
            assertEquals(400, browser.post("/password/reset", Map.of("token", token(link), "password", NEW_PASSWORD,
                    "confirm", NEW_PASSWORD)).status());
            assertEquals(before, hash(app));
        }
    }

    @Test
    void a_reset_for_an_unknown_address_answers_as_for_a_known_one_and_mails_only_a_note() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("ann@example.org", "learner");
            String[] pages = new String[2];
            String[] emails = {"ann@example.org", "nobody@example.org"};
            for (int i = 0; i < 2; i++) {
                WebClient browser = app.client();
                browser.get("/password/forgot");
                var res = browser.post("/password/forgot", Map.of("email", emails[i]));
                assertEquals(303, res.status());
                assertEquals("/password/sent", res.location());
                pages[i] = browser.get(res.location()).body().replace(emails[i], "ADDRESS");
            }
            assertEquals(pages[0], pages[1]);
            var note = app.mail.await("nobody@example.org", 1);
            assertFalse(note.body().contains("/password/reset"), note.body());
            assertTrue(note.body().contains("no\naccount uses it") || note.body().contains("no account uses it"), note.body());
            assertEquals(1, app.count("SELECT count(*) FROM email_links"), "a link only for the real account");
        }
    }

    @Test
    void mail_to_one_address_is_throttled_alike_for_known_and_unknown_addresses() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("ann@example.org", "learner");
            for (String email : List.of("ann@example.org", "nobody@example.org")) {
                WebClient browser = app.client();
                browser.get("/password/forgot");
                for (int i = 0; i < 3; i++) {
                    assertEquals(303, browser.post("/password/forgot", Map.of("email", email)).status());
                }
                var refused = browser.post("/password/forgot", Map.of("email", email));
                assertEquals(429, refused.status(), email);
                assertTrue(refused.headers().firstValue("Retry-After").isPresent());
                assertTrue(refused.body().contains("Too many attempts"), refused.body());
            }
            WebClient signup = app.client();
            signup.get("/signup");
            assertEquals(429, signup.post("/signup", Map.of("email", "ann@example.org", "password", NEW_PASSWORD,
                    "confirm", NEW_PASSWORD)).status(), "sign-up mail to the same address shares the limit");
            app.clock.advance(Duration.ofMinutes(11));
            assertEquals(303, signup.post("/signup", Map.of("email", "ann@example.org", "password", NEW_PASSWORD,
                    "confirm", NEW_PASSWORD)).status(), "and it refills");
            assertEquals("You already have a Chronoquiz account", app.mail.await("ann@example.org", 4).subject());
        }
    }

    @Test
    void a_reset_link_missing_or_forged_gets_a_clear_400_and_changes_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("ann@example.org", "learner");
            String before = hash(app);
            WebClient browser = app.client();
            for (String path : List.of("/password/reset", "/password/reset?token=forged", "/password/reset?token=" + "x".repeat(5000),
                    "/signup/confirm", "/signup/confirm?token=forged")) {
                var res = browser.get(path);
                assertEquals(400, res.status(), path);
                assertTrue(res.body().contains("expired or has already been used"), path);
            }
            browser.get("/password/forgot");
            assertEquals(400, browser.post("/password/reset", Map.of("token", "forged", "password", NEW_PASSWORD, "confirm", NEW_PASSWORD)).status());
            assertEquals(400, browser.post("/signup/confirm", Map.of("token", "forged")).status());
            assertEquals(before, hash(app));
            assertEquals(1, app.count("SELECT count(*) FROM users"));
        }
    }
}
