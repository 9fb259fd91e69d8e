package org.chronoquiz.cli;

import org.chronoquiz.TestApp;
import org.chronoquiz.TestDatabases;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator moves a service from its SQLite file to another database (PostgreSQL when the suite runs on it) and
 * the learners carry on there: same rows, same sessions, and new rows get new ids.
 */
class MigrateDataCommandTest {
    private static final List<String> TABLES = List.of("users", "sessions", "api_tokens", "articles", "decks",
            "questions", "quizzes", "quiz_items", "answers", "cards", "reviews", "rate_limits", "question_versions",
            "deck_learners", "review_slots");

    @TempDir
    Path tmp;

    @Test
    void every_row_moves_across_and_the_service_carries_on_on_the_copy() {
        String sqlite = tmp.resolve("source.db").toString();
        String target = TestDatabases.at(tmp.resolve("target.db"));
        WebClient browser;
        Map<String, Long> before = new java.util.HashMap<>();
        TestApp source = TestApp.restart(sqlite, new org.chronoquiz.TestClock(java.time.Instant.parse("2026-03-02T09:00:00Z")));
        try (source) {
            browser = source.loggedIn("ada@example.org", "learner");
            browser.study(source.deckId());
            String quiz = browser.startQuiz(source.deckId(), 3);
            assertEquals(200, browser.get(quiz).status());
            String page = browser.get("/review").body();
            java.util.regex.Matcher card = java.util.regex.Pattern.compile("name=\"card_id\" value=\"(\\d+)\"").matcher(page);
            java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"review_id\" value=\"([^\"]+)\"").matcher(page);
            assertTrue(card.find() && key.find(), page);
            assertEquals(303, browser.post("/review", Map.of("card_id", card.group(1), "rating", "3", "review_id", key.group(1))).status());
            source.client().post("/login", Map.of("email", "ada@example.org", "password", "wrong")); // a rate-limit row
            for (String t : TABLES) {
                before.put(t, source.count("SELECT count(*) FROM " + t));
            }
            before.put("counted reviews", source.count("SELECT sum(reviews) FROM review_slots"));
        }
        assertTrue(before.get("reviews") == 1 && before.get("cards") > 0, before.toString());

        Shell.Run run = Shell.run("migrate-data", "--from", sqlite, "--to", target);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("copied "), run.out());

        try (TestApp copy = TestApp.restart(target, source.clock)) {
            for (String t : TABLES) {
                assertEquals(before.get(t), copy.count("SELECT count(*) FROM " + t), t);
            }
            assertEquals(before.get("counted reviews"), copy.count("SELECT sum(reviews) FROM review_slots"),
                    "the progress page's counts are rebuilt from the reviews copied, not counted twice");
            var stats = browser.at(copy).get("/stats");
            assertEquals(200, stats.status(), "the session moved too");
            assertTrue(stats.body().contains("ada@example.org"));
            long ada = copy.count("SELECT id FROM users WHERE email = 'ada@example.org'");
            WebClient bo = copy.loggedIn("bo@example.org", "learner"); // ids go on after the copied ones
            bo.study(copy.deckId());
            long boId = copy.count("SELECT id FROM users WHERE email = 'bo@example.org'");
            assertNotEquals(ada, boId);
            assertEquals(copy.count("SELECT count(*) FROM cards WHERE user_id = " + ada),
                    copy.count("SELECT count(*) FROM cards WHERE user_id = " + boId),
                    "a new learner of the deck gets its cards, as on the source");
        }

        Shell.Run again = Shell.run("migrate-data", "--from", sqlite, "--to", target);
        assertEquals(1, again.code(), "a second copy into a database with rows is refused");
        assertTrue(again.err().contains("must be empty"), again.err());
    }
}
