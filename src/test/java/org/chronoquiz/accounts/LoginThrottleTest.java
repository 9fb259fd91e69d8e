package org.chronoquiz.accounts;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guessing passwords: the attacker's view of the log-in form. */
class LoginThrottleTest {
    @TempDir
    Path tmp;

    private static WebClient.Page attempt(WebClient browser, String email, String password) {
        browser.get("/login");
        return browser.post("/login", Map.of("email", email, "password", password));
    }

    @Test
    void repeated_wrong_passwords_for_one_account_are_refused_with_retry_after_even_the_right_one() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("ada@example.org", "learner");
            WebClient attacker = app.client();
            for (int i = 0; i < 5; i++) {
                assertEquals(400, attempt(attacker, "ada@example.org", "guess " + i).status());
            }
            var refused = attempt(attacker, "ada@example.org", "guess 5");
            assertEquals(429, refused.status());
            assertTrue(refused.body().contains("Too many attempts. Wait 60 seconds"), refused.body());
            assertEquals("60", refused.header("Retry-After"));
            WebClient owner = app.client();
            assertEquals(429, attempt(owner, "ada@example.org", TestApp.PASSWORD).status(),
                    "while the bucket is empty no password is checked, not even the right one");
            app.clock.advance(Duration.ofSeconds(61));
            assertEquals(303, attempt(owner, "ada@example.org", TestApp.PASSWORD).status(), "a minute later it works");
        }
    }

    @Test
    void an_unknown_account_is_throttled_exactly_like_a_known_one() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("ada@example.org", "learner");
            WebClient attacker = app.client();
            for (String email : new String[]{"ada@example.org", "nobody@example.org"}) {
                for (int i = 0; i < 5; i++) {
                    var res = attempt(attacker, email, "guess " + i);
                    assertEquals(400, res.status());
                    assertTrue(res.body().contains("That email and password do not match an account."));
                }
                assertEquals(429, attempt(attacker, email, "guess 5").status(), email);
            }
        }
    }

    @Test
    void guessing_across_accounts_from_one_address_is_throttled_and_survives_a_restart() {
        TestApp app = TestApp.start(tmp);
        WebClient attacker = app.client();
        for (int i = 0; i < 100; i++) {
            assertEquals(400, attempt(attacker, "user" + i + "@example.org", "password").status());
        }
        assertEquals(429, attempt(attacker, "fresh@example.org", "password").status(), "the address has used its tries");
        app.close();
        try (TestApp again = TestApp.restart(app.db, app.clock)) {
            assertEquals(429, attempt(again.client(), "other@example.org", "password").status(),
                    "kept in the database, not in memory");
        }
    }

    @Test
    void successful_log_ins_from_one_address_are_never_throttled() {
        try (TestApp app = TestApp.start(tmp)) {
            for (int i = 0; i < 40; i++) { // a class logging in together behind one address
                app.user("student" + i + "@example.org", "learner");
                assertEquals(303, attempt(app.client(), "student" + i + "@example.org", TestApp.PASSWORD).status());
            }
        }
    }
}
