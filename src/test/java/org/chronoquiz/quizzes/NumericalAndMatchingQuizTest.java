package org.chronoquiz.quizzes;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner types a number and matches pairs on the quiz page, and is graded as Moodle would grade them. */
class NumericalAndMatchingQuizTest {
    private static final String GIFT = """
            $CATEGORY: Numbers

            ::wall:: In what year did the Berlin Wall fall? {#
              =1989:0
              =%50%1989:3
              ####The Wall fell on 9 November 1989.
            }

            ::capitals:: Match countries with capitals. {
              =Canada -> Ottawa
              =Italy -> Rome
              =Japan -> Tokyo
              = -> Paris
            }
            """;
    @TempDir
    Path tmp;

    /** The Numbers deck, imported by an instructor as a GIFT file; its id. */
    private static long numbersDeck(TestApp app) {
        WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
        teacher.get("/instructor/exchange");
        var res = teacher.postMultipart("/instructor/import", Map.of("format", "gift", "deck", ""), "file", "n.gift",
                GIFT.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, res.status(), res.body());
        return app.count("SELECT id FROM decks WHERE title = 'Numbers'");
    }

    private static long question(TestApp app, String type) {
        return app.count("SELECT id FROM questions WHERE type = '" + type + "'");
    }

    private static double credit(TestApp app, long questionId) {
        return app.jdbi.withHandle(h -> h.createQuery("SELECT credit FROM answers WHERE question_id = " + questionId)
                .mapTo(Double.class).one());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1989|1.0|Correct.",
            "'1,989'|1.0|Read as 1989.",
            "In 1989.|1.0|Correct.",
            "1991|0.5|50% credit: within 3 of 1989.",
            "1986|0.5|50% credit",
            "2000|0.0|Not quite: 11 too high. The answer is 1989.",
            "1985.5|0.0|3.5 too low",
    })
    void a_typed_number_earns_the_credit_of_the_best_answer_that_holds_it(String typed, double credit, String feedback) {
        try (TestApp app = TestApp.start(tmp)) {
            long deck = numbersDeck(app);
            long wall = question(app, "numerical");
            WebClient learner = app.loggedIn("ana@example.org", "learner");
            String quiz = learner.startQuiz(deck, 2);
            String page = learner.get(quiz).body();
            if (!page.contains("value=\"" + wall + "\"")) { // the matching came first: answer it to reach the number
                learner.post(quiz + "/answers", Map.of("question_id", "" + question(app, "matching"),
                        "match_0", "Ottawa", "match_1", "Rome", "match_2", "Tokyo"));
                page = learner.get(quiz).body();
            }
            assertTrue(page.contains("name=\"answer\" type=\"text\"") && page.contains("A number, such as 1989 or 2.5."), page);
            var res = learner.post(quiz + "/answers", Map.of("question_id", "" + wall, "answer", typed));
            assertEquals(303, res.status(), res.body());
            assertEquals(credit, credit(app, wall));
            String shown = learner.get(res.location()).body();
            assertTrue(shown.contains(feedback), feedback + " in " + shown);
            assertTrue(shown.contains("Answer: <strong class=\"answer\">1989</strong>"), "the answer, its partial credit unshown");
        }
    }

    @Test
    void text_that_is_no_number_is_sent_back_with_a_reason_and_not_counted() {
        try (TestApp app = TestApp.start(tmp)) {
            long deck = numbersDeck(app);
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE type = 'matching'"));
            long wall = question(app, "numerical");
            WebClient learner = app.loggedIn("ana@example.org", "learner");
            String quiz = learner.startQuiz(deck, 1);
            learner.get(quiz);
            for (String typed : new String[]{"nineteen eighty-nine", "1e3", "19 89", "1989-1990", "x".repeat(2001)}) {
                var res = learner.post(quiz + "/answers", Map.of("question_id", "" + wall, "answer", typed));
                assertEquals(400, res.status(), typed);
                assertTrue(res.body().contains("id=\"answer-error\""), "the reason is beside the answer");
                assertEquals(0, app.count("SELECT count(*) FROM answers"), typed + ": nothing counted");
            }
            var api = learner.post(quiz + "/answers", Map.of("question_id", "" + wall, "answer", "1989"));
            assertEquals(303, api.status(), "a number then is graded as usual");
            assertEquals(1.0, credit(app, wall));
        }
    }

    @Test
    void the_api_lists_a_matchings_options_hides_a_numericals_partial_credit_and_refuses_text_that_is_no_number()
            throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            long deck = numbersDeck(app);
            String token = app.accounts.issueApiToken(app.user("api@example.org", "learner").id());
            var client = app.client();
            var started = client.api("POST", "/api/quizzes", "{\"deck_id\": " + deck + ", \"size\": 2}", token);
            assertEquals(200, started.status(), started.body());
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(started.body());
            long quiz = json.get("id").asLong();
            for (var q : json.get("questions")) {
                if (q.get("type").asText().equals("numerical")) {
                    assertEquals(0, q.get("choices").size(), "the partial credits would give the answer away");
                    assertFalse(q.has("options"));
                } else {
                    assertEquals("[\"Canada\",\"Italy\",\"Japan\"]", q.get("choices").toString());
                    assertEquals("[\"Ottawa\",\"Paris\",\"Rome\",\"Tokyo\"]", q.get("options").toString());
                }
            }
            long wall = question(app, "numerical");
            var refused = client.api("POST", "/api/quizzes/" + quiz + "/answers",
                    "{\"question_id\": " + wall + ", \"answer\": \"nineteen\"}", token);
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.body().contains("\"field\":\"answer\""), refused.body());
            var graded = client.api("POST", "/api/quizzes/" + quiz + "/answers",
                    "{\"question_id\": " + wall + ", \"answer\": \"1,990\"}", token);
            assertEquals(200, graded.status(), graded.body());
            assertTrue(graded.body().contains("\"credit\":0.5"), graded.body());
        }
    }

    @Test
    void a_matching_is_a_select_per_item_graded_per_pair() {
        try (TestApp app = TestApp.start(tmp)) {
            long deck = numbersDeck(app);
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE type = 'numerical'"));
            long capitals = question(app, "matching");
            WebClient learner = app.loggedIn("ana@example.org", "learner");
            String quiz = learner.startQuiz(deck, 1);
            String page = learner.get(quiz).body();
            assertTrue(page.contains("Canada") && page.contains("<select name=\"match_2\""), page);
            assertTrue(page.indexOf(">Ottawa</option>") < page.indexOf(">Paris</option>")
                    && page.indexOf(">Paris</option>") < page.indexOf(">Rome</option>"), "the options in an order that gives nothing away");
            assertFalse(page.contains("<select name=\"match_3\""), "the extra right item is an option, not an item");

            var offList = learner.post(quiz + "/answers", Map.of("question_id", "" + capitals,
                    "match_0", "Ottawa", "match_1", "Berlin", "match_2", "Tokyo"));
            assertEquals(400, offList.status());
            assertTrue(offList.body().contains("Choose a match for each item"), offList.body());
            var missing = learner.post(quiz + "/answers", Map.of("question_id", "" + capitals, "match_0", "Ottawa"));
            assertEquals(400, missing.status());
            assertTrue(missing.body().contains("<option value=\"Ottawa\" selected>"),
                    "the match already chosen comes back with the error: " + missing.body());
            assertFalse(missing.body().contains("<option value=\"Tokyo\" selected>"));
            assertEquals(0, app.count("SELECT count(*) FROM answers"));

            var res = learner.post(quiz + "/answers", Map.of("question_id", "" + capitals,
                    "match_0", "Ottawa", "match_1", "Paris", "match_2", "Tokyo"));
            assertEquals(303, res.status(), res.body());
            assertEquals(2.0 / 3, credit(app, capitals), 1e-9);
            String feedback = learner.get(res.location()).body();
            assertTrue(feedback.contains("Partly right.") && feedback.contains("2 of 3 pairs right. The one missed: Italy → Rome."), feedback);
            assertTrue(feedback.contains("Canada → Ottawa\nItaly → Rome\nJapan → Tokyo"), "the pairs as the answer");
            String score = learner.get(quiz).body();
            assertTrue(score.contains("Your score: 67%"), score);
        }
    }
}
