package org.chronoquiz.web;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A careless or hostile client against every route the router lists, as an instructor (who may reach them all):
 * absurd values in every field a form of ours has, and absurd path ids. Each answer is a 2xx, 3xx or 4xx, never
 * a 500, and a refused request (4xx) changes no row.
 */
class BadInputSweepTest {
    @TempDir
    static Path tmp;
    static TestApp app;

    private static final List<String> FIELDS = List.of("deck_id", "type", "prompt", "answer", "choices", "source_sentence",
            "tags", "next", "title", "outlet", "published", "text", "state_owned", "decision", "question", "name", "code",
            "deck", "size", "question_id", "card_id", "rating", "review_id", "desired_retention", "new_cards_per_day",
            "time_zone", "email", "password", "confirm", "format", "accept", "tolerance", "match_0", "match_1");
    /**
     * The long value is over every field's own limit (the longest, 2,000 characters, outside an article's text) but
     * keeps the whole form (every field at once) under Jetty's 200,000-byte form limit: a body over it is refused
     * before it is read, and a client still sending it may see the connection close instead of the answer, which
     * made this sweep fail at random on a loaded machine. Oversized bodies have tests of their own.
     */
    private static final String LONG = "x".repeat(5_000);
    private static final List<String> VALUES = List.of("", " ", "-1", "0", "99999999999999999999", "1.5e308", "NaN",
            LONG, "\u0000\u0007\u202e", "\ud800", "<script>alert(1)</script>", "' OR 1=1 --", "%00",
            "../../etc/passwd", "accept:abc", "2024-02-30");

    @BeforeAll
    static void start() {
        app = TestApp.start(tmp);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private long rows() {
        return app.count("""
                SELECT (SELECT count(*) FROM questions) + (SELECT count(*) FROM quizzes) + (SELECT count(*) FROM answers)
                     + (SELECT count(*) FROM reviews) + (SELECT count(*) FROM articles) + (SELECT count(*) FROM decks)
                     + (SELECT count(*) FROM classes) + (SELECT count(*) FROM class_members) + (SELECT count(*) FROM users)
                     + (SELECT count(*) FROM question_tags) + (SELECT count(*) FROM question_versions)
                     + (SELECT count(*) FROM class_invites) + (SELECT count(*) FROM deck_learners)""");
    }

    @Test
    void no_route_answers_500_to_absurd_input_and_a_refusal_writes_nothing() {
        WebClient teacher = app.loggedIn("sweep@example.org", "instructor");
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (TestApp.Route r : app.routesWithRoles()) {
            if (r.path().equals("/logout") || r.path().startsWith("/api/")) {
                continue; // logging out ends the sweep's session; the API is swept with JSON below
            }
            for (String value : VALUES) {
                String path = r.path().replaceAll("\\{[^}]+}", value.isEmpty() || value.length() > 100 ? "1"
                        : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                int status;
                long before = rows();
                if (r.method().equals("GET")) {
                    String q = "?" + String.join("&", FIELDS.stream().limit(8).map(f -> f + "="
                            + java.net.URLEncoder.encode(value.length() > 2000 ? value.substring(0, 2000) : value,
                            java.nio.charset.StandardCharsets.UTF_8)).toList());
                    status = teacher.get(path + q).status();
                } else {
                    teacher.get("/instructor");
                    Map<String, String> form = new LinkedHashMap<>();
                    FIELDS.forEach(f -> form.put(f, value));
                    status = teacher.post(path, form).status();
                    if (status >= 400 && rows() != before) {
                        wrong.add(r.method() + " " + path + " = " + abbreviate(value) + " -> " + status + " but changed rows");
                    }
                }
                requests++;
                if (status >= 500) {
                    wrong.add(r.method() + " " + path + " = " + abbreviate(value) + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), wrong, requests + " requests");
    }

    @Test
    void no_api_route_answers_500_to_absurd_json_and_a_refusal_writes_nothing() {
        String token = app.accounts.issueApiToken(app.user("sweep-api@example.org", "learner").id());
        List<String> bodies = List.of("", "null", "[]", "\"text\"", "{", "{\"deck_id\": 1e999}", "{\"deck_id\": -1, \"size\": 1e3}",
                "{\"card_id\": \"x\", \"rating\": [], \"review_id\": {}}", "[".repeat(5000) + "]".repeat(5000),
                "{\"question_id\": 1, \"answer\": \"" + "x".repeat(50_000) + "\"}", "{\"review_id\": \"\\ud800\", \"card_id\": 1, \"rating\": 3}");
        List<String> wrong = new ArrayList<>();
        for (TestApp.Route r : app.routesWithRoles()) {
            if (!r.path().startsWith("/api/")) {
                continue;
            }
            for (String body : bodies) {
                long before = rows();
                String path = r.path().replaceAll("\\{[^}]+}", "1");
                WebClient.Page res;
                try {
                    res = app.client().api(r.method(), path, r.method().equals("GET") ? null : body, token);
                } catch (java.io.UncheckedIOException e) {
                    throw new AssertionError(r.method() + " " + path + " " + abbreviate(body) + ": no answer", e);
                }
                if (res.status() >= 500 || (res.status() >= 400 && rows() != before)) {
                    wrong.add(r.method() + " " + path + " " + abbreviate(body) + " -> " + res.status());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String abbreviate(String v) {
        return v.length() > 20 ? v.substring(0, 20) + "…(" + v.length() + ")" : v;
    }
}
