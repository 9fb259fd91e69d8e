package org.chronoquiz.web;

import org.chronoquiz.accounts.Role;
import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route the application registers, with the role it was registered with, tried by whoever lacks that
 * role: a visitor is sent to log in (the API answers 401), a learner is refused an instructor's route (403),
 * and nothing they send changes a row. The list comes from Javalin's router, so a new route is covered at once.
 */
class RoleMatrixTest {
    @TempDir
    static Path tmp;
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(tmp);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private long rows() {
        return app.count("""
                SELECT (SELECT count(*) FROM questions) + (SELECT count(*) FROM quizzes) + (SELECT count(*) FROM answers)
                     + (SELECT count(*) FROM reviews) + (SELECT count(*) FROM articles) + (SELECT count(*) FROM decks)
                     + (SELECT count(*) FROM classes) + (SELECT count(*) FROM class_members)
                     + (SELECT count(*) FROM question_tags) + (SELECT count(*) FROM question_versions)""");
    }

    @Test
    void every_route_declares_a_role_and_the_matrix_covers_them_all() {
        List<TestApp.Route> routes = app.routesWithRoles();
        assertTrue(routes.size() > 40, "the router lists the routes: " + routes.size());
        assertTrue(routes.stream().anyMatch(r -> r.role() == Role.INSTRUCTOR) && routes.stream().anyMatch(r -> r.role() == Role.LEARNER));
    }

    @Test
    void visitors_are_sent_to_log_in_on_every_learner_and_instructor_route() {
        List<String> wrong = new ArrayList<>();
        WebClient visitor = app.client();
        visitor.get("/login"); // a visitor's session, so its posts carry a valid CSRF token and reach the role check
        long before = rows();
        for (TestApp.Route r : app.routesWithRoles()) {
            if (r.role() == Role.ANYONE) {
                continue;
            }
            String path = concrete(r.path());
            boolean api = path.startsWith("/api/");
            int status;
            String location;
            if (r.method().equals("GET")) {
                var res = api ? app.client().api("GET", path, null, null) : visitor.get(path);
                status = res.status();
                location = res.location();
            } else {
                // an API client has no cookie; a browser's cookie on an API post would need the CSRF header
                var res = api ? app.client().api("POST", path, "{}", null) : visitor.post(path, Map.of());
                status = res.status();
                location = res.location();
            }
            boolean ok = api ? status == 401 : status == 303 && location != null && location.startsWith("/login");
            if (!ok) {
                wrong.add(r + " -> " + status + " " + location);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, rows(), "no visitor's request changed a row");
    }

    @Test
    void learners_are_refused_every_instructor_route_and_change_nothing() {
        List<String> wrong = new ArrayList<>();
        WebClient learner = app.loggedIn("matrix-learner@example.org", "learner");
        learner.get("/");
        long before = rows();
        for (TestApp.Route r : app.routesWithRoles()) {
            if (r.role() != Role.INSTRUCTOR) {
                continue;
            }
            String path = concrete(r.path());
            int status = r.method().equals("GET") ? learner.get(path).status()
                    : learner.post(path, Map.of("deck_id", "1", "type", "typed", "prompt", "When?", "answer", "1999",
                    "title", "T", "outlet", "O", "published", "2024-01-01", "text", "On 1 May 2024 it rained.",
                    "name", "A class", "decision", "accept-all")).status();
            if (status != 403) {
                wrong.add(r + " -> " + status);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, rows(), "no learner's request changed a row");
    }
}
