package org.chronoquiz.accounts;

import org.chronoquiz.TestApp;
import org.chronoquiz.TestMailbox;
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
    void a_visitor_signs_up_by_the_mailed_link_and_lands_on_the_decks() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.client();
            browser.get("/signup");
            var res = browser.post("/signup", Map.of("email", "Ada@Example.org", "password", "plenty long enough", "confirm", "plenty long enough"));
            assertEquals(303, res.status());
            assertEquals("/signup/sent", res.location());
            String sent = browser.get("/signup/sent").body();
            assertTrue(sent.contains("Check your inbox") && sent.contains("ada@example.org"), sent);
            assertEquals(0, app.count("SELECT count(*) FROM users"), "no account before the link is followed");

            var mail = app.mail.await("ada@example.org", 1);
            assertEquals("Finish signing up to Chronoquiz", mail.subject());
            String link = TestMailbox.link(mail, "/signup/confirm");
            assertTrue(mail.body().contains("http://chronoquiz.test/signup/confirm?token="), "links use --base-url, not the Host header");
            var page = browser.get(link);
            assertEquals(200, page.status());
            assertTrue(page.body().contains("ada@example.org") && page.body().contains("Create my account"), page.body());
            browser.get(link);
            assertEquals(0, app.count("SELECT count(*) FROM users"), "opening the link (a mail scanner might) makes nothing");

            String token = link.substring(link.indexOf("token=") + 6);
            var done = browser.post("/signup/confirm", Map.of("token", token));
            assertEquals(303, done.status(), done.body());
            assertEquals("/", done.location());
            String home = browser.get("/").body();
            assertTrue(home.contains("Stalwart Allies and Close Friends"), home);
            assertTrue(home.contains("ada@example.org"));
            assertEquals(1, app.count("SELECT count(*) FROM users WHERE email = 'ada@example.org' AND role = 'learner'"));
            assertFalse(app.jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users").mapTo(String.class).one())
                    .contains("plenty long enough"), "the password is stored hashed");
            assertFalse(app.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM email_links WHERE token_hash = :t")
                    .bind("t", token).mapTo(Long.class).one()) > 0, "the link's token was never stored as such");

            WebClient other = app.client();
            assertEquals(400, other.get(link).status(), "a used link's page says so");
            other.get("/signup"); // a form's CSRF token: the used link's page has no form to post
            var again = other.post("/signup/confirm", Map.of("token", token));
            assertEquals(400, again.status(), "a link works once");
            assertTrue(again.body().contains("expired or has already been used"), again.body());
            assertEquals(1, app.count("SELECT count(*) FROM users"));
            other.get("/login");
            assertEquals(303, other.post("/login", Map.of("email", "ada@example.org", "password", "plenty long enough")).status(),
                    "the password chosen at sign-up is the account's");
        }
    }

    @Test
    void a_sign_up_link_expires_after_a_day_and_then_makes_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.client();
            browser.get("/signup");
            browser.post("/signup", Map.of("email", "late@example.org", "password", "plenty long enough", "confirm", "plenty long enough"));
            String link = TestMailbox.link(app.mail.await("late@example.org", 1), "/signup/confirm");
            app.clock.advance(java.time.Duration.ofHours(25));
            var page = browser.get(link);
            assertEquals(400, page.status());
            assertTrue(page.body().contains("expired") && page.body().contains("href=\"/signup\""), page.body());
            browser.get("/signup"); // a CSRF token (the expired link's page has no form)
            var post = browser.post("/signup/confirm", Map.of("token", link.substring(link.indexOf("token=") + 6)));
            assertEquals(400, post.status());
            assertEquals(0, app.count("SELECT count(*) FROM users"));
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
            assertEquals(0, app.count("SELECT (SELECT count(*) FROM email_links) + (SELECT count(*) FROM outbox)"),
                    "no link, no mail");
            assertEquals(java.util.List.of(), app.mail.to("b@example.org"));
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
    void signing_up_with_a_taken_address_answers_as_for_a_new_one_and_only_its_owner_is_told() {
        try (TestApp app = TestApp.start(tmp)) {
            app.user("taken@example.org", "learner");
            String[] pages = new String[2];
            String[] emails = {"TAKEN@example.org", "free@example.org"};
            for (int i = 0; i < 2; i++) {
                WebClient browser = app.client();
                browser.get("/signup");
                var res = browser.post("/signup", Map.of("email", emails[i], "password", "plenty long enough", "confirm", "plenty long enough"));
                assertEquals(303, res.status());
                assertEquals("/signup/sent", res.location());
                pages[i] = browser.get(res.location()).body().replace(emails[i].toLowerCase(java.util.Locale.ROOT), "ADDRESS")
                        .replaceAll("value=\"[^\"]*\"", "");
            }
            assertEquals(pages[0], pages[1], "the visitor sees the same page for a taken address and a free one");
            var note = app.mail.await("taken@example.org", 1);
            assertEquals("You already have a Chronoquiz account", note.subject());
            assertFalse(note.body().contains("/signup/confirm"), "no link that could make a second account");
            assertTrue(note.body().contains("http://chronoquiz.test/password/forgot"), note.body());
            assertEquals("Finish signing up to Chronoquiz", app.mail.await("free@example.org", 1).subject());
            assertEquals(1, app.count("SELECT count(*) FROM users"));
            assertEquals(1, app.count("SELECT count(*) FROM email_links"), "only the free address got a link");
        }
    }

    @Test
    void two_links_for_one_address_make_one_account() {
        try (TestApp app = TestApp.start(tmp)) {
            String[] links = new String[2];
            for (int i = 0; i < 2; i++) {
                WebClient browser = app.client();
                browser.get("/signup");
                browser.post("/signup", Map.of("email", "twice@example.org", "password", "plenty long enough", "confirm", "plenty long enough"));
                links[i] = TestMailbox.link(app.mail.await("twice@example.org", i + 1), "/signup/confirm");
            }
            WebClient first = app.client();
            first.get(links[1]);
            assertEquals(303, first.post("/signup/confirm", Map.of("token", links[1].substring(links[1].indexOf("token=") + 6))).status());
            WebClient second = app.client();
            second.get("/signup");
            assertEquals(400, second.post("/signup/confirm", Map.of("token", links[0].substring(links[0].indexOf("token=") + 6))).status());
            assertEquals(1, app.count("SELECT count(*) FROM users"));
            assertEquals(0, app.count("SELECT count(*) FROM email_links"), "the address's other link went with the account");
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
