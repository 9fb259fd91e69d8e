package org.chronoquiz.classes;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classes: an instructor creates one and assigns decks, learners join with the code; each role sees its own. */
public class ClassesTest {
    private static final Pattern CODE = Pattern.compile("<code class=\"join-code\">([A-Z0-9]{8})</code>");

    @TempDir
    Path tmp;

    /** Creates a class through the form; returns its join code. */
    public static String createClass(TestApp app, WebClient instructor, String name) {
        instructor.get("/instructor/classes");
        var created = instructor.post("/instructor/classes", Map.of("name", name));
        assertEquals(303, created.status(), created.body());
        Matcher m = CODE.matcher(instructor.get(created.location()).body());
        assertTrue(m.find());
        return m.group(1);
    }

    public static void join(WebClient learner, String code) {
        learner.get("/join");
        var joined = learner.post("/join", Map.of("code", code));
        assertEquals(303, joined.status(), joined.body());
    }

    @Test
    void learners_join_with_the_code_and_see_the_decks_their_class_is_assigned() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            String code = createClass(app, teacher, "Cold War seminar");
            long classId = app.count("SELECT id FROM classes");
            teacher.get("/instructor/classes/" + classId);
            assertEquals(303, teacher.post("/instructor/classes/" + classId + "/decks", Map.of("deck", "" + app.deckId())).status());

            WebClient learner = app.loggedIn("learner@example.org", "learner");
            assertFalse(learner.get("/").body().contains("Assigned by your class"));
            String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4); // as read off a board
            join(learner, typed);
            join(learner, code); // twice: still one membership
            assertEquals(1, app.count("SELECT count(*) FROM class_members"));
            String home = learner.get("/").body();
            assertTrue(home.contains("Assigned by your class") && home.contains("Cold War seminar"), home);
            assertTrue(teacher.get("/instructor/classes/" + classId).body().contains("learner@example.org"));
        }
    }

    @Test
    void a_class_puts_its_decks_in_its_learners_reviews_and_no_one_elses() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            String code = createClass(app, teacher, "Cold War seminar");
            long classId = app.count("SELECT id FROM classes");
            WebClient early = app.loggedIn("early@example.org", "learner");
            join(early, code); // joins before the deck is assigned
            WebClient outsider = app.loggedIn("outsider@example.org", "learner");
            teacher.get("/instructor/classes/" + classId);
            teacher.post("/instructor/classes/" + classId + "/decks", Map.of("deck", "" + app.deckId()));
            WebClient late = app.loggedIn("late@example.org", "learner");
            join(late, code); // joins after

            for (WebClient member : new WebClient[]{early, late}) {
                assertTrue(member.get("/review").body().contains("name=\"card_id\""), "a class member has cards to review");
            }
            assertTrue(outsider.get("/review").body().contains("Add to my reviews"), "an outsider is told how to get cards");
            assertEquals(0, app.count("SELECT count(*) FROM cards c JOIN users u ON u.id = c.user_id "
                    + "WHERE u.email IN ('outsider@example.org', 'teacher@example.org')"));
        }
    }

    @Test
    void invited_addresses_join_at_their_next_log_in_or_at_sign_up_and_get_the_classs_decks() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            createClass(app, teacher, "Cold War seminar");
            long classId = app.count("SELECT id FROM classes");
            teacher.get("/instructor/classes/" + classId);
            teacher.post("/instructor/classes/" + classId + "/decks", Map.of("deck", "" + app.deckId()));
            app.user("old@example.org", "learner"); // has an account already
            teacher.get("/instructor/classes/" + classId);
            var invited = teacher.post("/instructor/classes/" + classId + "/invites",
                    Map.of("emails", "Old@Example.org,\n new@example.org ; old@example.org"));
            assertEquals(303, invited.status(), invited.body());
            String page = teacher.get("/instructor/classes/" + classId).body();
            assertTrue(page.contains("2 addresses invited") && page.contains("new@example.org"), page);
            assertEquals(0, app.count("SELECT count(*) FROM class_members"), "nobody joins before logging in");
            String code = app.jdbi.withHandle(h -> h.createQuery("SELECT join_code FROM classes").mapTo(String.class).one());
            for (String email : new String[]{"old@example.org", "new@example.org"}) {
                var mail = app.mail.await(email, 1);
                assertEquals("You are invited to the class “Cold War seminar” on Chronoquiz", mail.subject());
                assertTrue(mail.body().contains("teacher@example.org invited this address")
                        && mail.body().contains("http://chronoquiz.test/signup") && mail.body().contains(code), mail.body());
            }
            assertEquals(app.mail.to("old@example.org").get(0).body(), app.mail.to("new@example.org").get(0).body(),
                    "one mail for a known and an unknown address alike");

            WebClient old = app.client();
            old.login("old@example.org", TestApp.PASSWORD);
            WebClient fresh = app.signUp("new@example.org");
            for (WebClient learner : new WebClient[]{old, fresh}) {
                assertTrue(learner.get("/").body().contains("Assigned by your class"));
                assertTrue(learner.get("/review").body().contains("name=\"card_id\""), "the class's deck is in their reviews");
            }
            assertEquals(2, app.count("SELECT count(*) FROM class_members"));
            assertEquals(0, app.count("SELECT count(*) FROM class_invites"), "an invitation is used once");
        }
    }

    @Test
    void an_invitation_with_one_bad_address_names_it_and_invites_no_one() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            createClass(app, teacher, "Seminar");
            long classId = app.count("SELECT id FROM classes");
            for (String bad : new String[]{"ok@example.org, not-an-address", " ", "a@b.org\u202E@c.org", "x".repeat(60_000)}) {
                teacher.get("/instructor/classes/" + classId);
                var res = teacher.post("/instructor/classes/" + classId + "/invites", Map.of("emails", bad));
                assertEquals(400, res.status(), bad);
                assertTrue(res.body().contains("id=\"emails-error\""), res.body());
            }
            assertTrue(teacher.get("/instructor/classes/" + classId).body().contains("Invite by email"));
            assertEquals(0, app.count("SELECT count(*) FROM class_invites"));
            WebClient other = app.loggedIn("other@example.org", "instructor");
            other.get("/instructor/classes");
            assertEquals(404, other.post("/instructor/classes/" + classId + "/invites", Map.of("emails", "a@b.org")).status());
        }
    }

    @Test
    void a_wrong_code_names_the_field_and_joins_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            createClass(app, teacher, "Cold War seminar");
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            for (String bad : new String[]{"", "ABC", "ZZZZZZZZ", "x".repeat(5000)}) {
                learner.get("/join");
                var res = learner.post("/join", Map.of("code", bad));
                assertEquals(400, res.status(), bad);
                assertTrue(res.body().contains("id=\"code-error\""));
            }
            assertEquals(0, app.count("SELECT count(*) FROM class_members"));
            teacher.get("/instructor/classes");
            assertEquals(400, teacher.post("/instructor/classes", Map.of("name", " ")).status());
            assertEquals(1, app.count("SELECT count(*) FROM classes"));
        }
    }

    @Test
    void an_instructor_sees_their_own_classes_only_and_an_admin_sees_all() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            createClass(app, teacher, "Cold War seminar");
            long classId = app.count("SELECT id FROM classes");
            WebClient other = app.loggedIn("other@example.org", "instructor");
            assertFalse(other.get("/instructor/classes").body().contains("Cold War seminar"));
            assertEquals(404, other.get("/instructor/classes/" + classId).status());
            other.get("/instructor/classes");
            assertEquals(404, other.post("/instructor/classes/" + classId + "/decks", Map.of("deck", "" + app.deckId())).status());
            assertEquals(404, other.get("/instructor/results?class=" + classId).status());
            assertEquals(0, app.count("SELECT count(*) FROM class_decks"));
            WebClient admin = app.loggedIn("admin@example.org", "admin");
            assertTrue(admin.get("/instructor/classes").body().contains("Cold War seminar"));
            assertEquals(200, admin.get("/instructor/classes/" + classId).status());
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            assertEquals(403, learner.get("/instructor/classes").status());
        }
    }
}
