package org.chronoquiz.flashcards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner reviews flashcards in the browser and through the API. */
class ReviewTest {
    private static final Pattern CARD = Pattern.compile("name=\"card_id\" value=\"(\\d+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"review_id\" value=\"([^\"]+)\"");
    @TempDir
    Path tmp;

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    @Test
    void the_review_page_shows_the_front_keys_and_the_interval_each_grade_would_give() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            browser.study(app.deckId());
            assertTrue(browser.get("/").body().contains("Review 3 due cards"), "home shows how many cards are due");
            String page = browser.get("/review").body();
            assertTrue(page.contains("_____"), "the front is a cloze with its blank");
            assertTrue(page.contains("<details id=\"reveal\">"), "the answer is hidden until shown");
            assertTrue(page.contains("review.js"), "keyboard: Space shows, 1-4 grade");
            for (String expected : new String[]{"Again <small>1m</small>", "Hard <small>6m</small>",
                    "Good <small>10m</small>"}) {
                assertTrue(page.replaceAll("\\s+", " ").contains(expected.replace("<small>", " <small>").replace("  ", " ")),
                        expected + " in " + page);
            }
            assertTrue(page.matches("(?s).*Easy <small>\\d+d</small>.*"), "Easy on a new card gives days");
        }
    }

    @Test
    void grading_reschedules_the_card_and_undo_puts_it_back() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            browser.study(app.deckId());
            String page = browser.get("/review").body();
            long card = Long.parseLong(group(CARD, page));
            var res = browser.post("/review", Map.of("card_id", "" + card, "rating", "3", "review_id", group(KEY, page)));
            assertEquals(303, res.status());
            assertEquals(1, app.count("SELECT count(*) FROM cards WHERE id = " + card + " AND phase = 'LEARNING' AND step = 1"));
            long due = app.count("SELECT due FROM cards WHERE id = " + card);
            assertEquals(app.clock.millis() + Duration.ofMinutes(10).toMillis(), due, "Good on a new card: again in 10 minutes");
            assertEquals(1, app.count("SELECT count(*) FROM reviews"));

            browser.get("/review");
            assertEquals(303, browser.post("/review/undo", Map.of()).status());
            assertEquals(0, app.count("SELECT count(*) FROM reviews"));
            assertEquals(1, app.count("SELECT count(*) FROM cards WHERE id = " + card + " AND phase = 'NEW' AND reps = 0"));
            assertTrue(browser.get("/review").body().contains("The last review was undone."));
        }
    }

    @Test
    void a_double_submitted_grade_is_stored_once() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            browser.study(app.deckId());
            String page = browser.get("/review").body();
            Map<String, String> form = Map.of("card_id", group(CARD, page), "rating", "4", "review_id", group(KEY, page));
            browser.post("/review", form);
            browser.post("/review", form);
            assertEquals(1, app.count("SELECT count(*) FROM reviews"));
        }
    }

    @Test
    void a_card_graduates_and_comes_back_days_later() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            browser.study(app.deckId());
            String page = browser.get("/review").body();
            String card = group(CARD, page);
            browser.post("/review", Map.of("card_id", card, "rating", "3", "review_id", group(KEY, page)));
            app.clock.advance(Duration.ofMinutes(10));
            page = browser.get("/review").body();
            assertEquals(card, group(CARD, page), "the learning card is due again first");
            browser.post("/review", Map.of("card_id", card, "rating", "3", "review_id", group(KEY, page)));
            assertEquals(1, app.count("SELECT count(*) FROM cards WHERE id = " + card + " AND phase = 'REVIEW' AND scheduled_days >= 1"));
            page = browser.get("/review").body();
            assertTrue(!page.contains("name=\"card_id\" value=\"" + card + "\""), "a graduated card is not due today");
        }
    }

    @Test
    void new_cards_per_day_are_limited() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            browser.study(app.deckId());
            app.jdbi.useHandle(h -> h.execute("UPDATE users SET new_cards_per_day = 1"));
            String page = browser.get("/review").body();
            assertTrue(page.contains("1 due"), page);
            browser.post("/review", Map.of("card_id", group(CARD, page), "rating", "4", "review_id", group(KEY, page)));
            assertTrue(browser.get("/review").body().contains("All done for now"), "no second new card today");
            app.clock.advance(Duration.ofDays(1));
            assertTrue(browser.get("/review").body().contains("name=\"card_id\""), "the next day brings a new card");
        }
    }

    @Test
    void the_api_reviews_a_card_once_per_review_id() throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            String token = app.accounts.issueApiToken(app.user("api@example.org", "learner").id());
            WebClient client = app.client();
            assertEquals(200, client.api("POST", "/api/decks/" + app.deckId() + "/study", "{}", token).status());
            ObjectMapper json = new ObjectMapper();
            JsonNode due = json.readTree(client.api("GET", "/api/decks/" + app.deckId() + "/due?limit=5", null, token).body());
            long card = due.get(0).get("card_id").asLong();
            String body = "{\"card_id\": " + card + ", \"rating\": 3, \"review_id\": \"phone-1\"}";
            var first = client.api("POST", "/api/reviews", body, token);
            assertEquals(200, first.status(), first.body());
            JsonNode r = json.readTree(first.body());
            assertEquals("Learning", r.get("state").asText());
            assertEquals(0, r.get("interval_days").asInt());
            assertEquals(2.3065, r.get("stability").asDouble(), 1e-9);
            assertEquals(2.11810397, r.get("difficulty").asDouble(), 1e-6);
            var repeat = client.api("POST", "/api/reviews", body, token);
            assertEquals(200, repeat.status());
            assertEquals(first.body(), repeat.body(), "the repeat gets the first answer, word for word");
            assertEquals(1, app.count("SELECT count(*) FROM reviews"));
        }
    }

    @Test
    void a_grade_or_undo_with_a_bad_deck_is_refused_and_changes_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            browser.study(app.deckId());
            String page = browser.get("/review").body();
            var bad = browser.post("/review", Map.of("card_id", group(CARD, page), "rating", "3",
                    "review_id", group(KEY, page), "deck", "not-a-deck"));
            assertEquals(400, bad.status());
            assertEquals(0, app.count("SELECT count(*) FROM reviews"), "refused, so not stored");
            browser.post("/review", Map.of("card_id", group(CARD, page), "rating", "3", "review_id", group(KEY, page)));
            browser.get("/review");
            assertEquals(400, browser.post("/review/undo", Map.of("deck", "x")).status());
            assertEquals(1, app.count("SELECT count(*) FROM reviews"), "a refused undo undoes nothing");
        }
    }

    @Test
    void review_ids_with_lone_surrogates_are_refused_rather_than_merged() throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            String token = app.accounts.issueApiToken(app.user("api@example.org", "learner").id());
            WebClient client = app.client();
            assertEquals(200, client.api("POST", "/api/decks/" + app.deckId() + "/study", "{}", token).status());
            JsonNode due = new ObjectMapper().readTree(client.api("GET", "/api/decks/" + app.deckId() + "/due?limit=5", null, token).body());
            long card = due.get(0).get("card_id").asLong();
            for (String key : new String[]{"\\ud800a", "\\udc00b"}) { // JSON escapes of two different lone surrogates
                var res = client.api("POST", "/api/reviews", "{\"card_id\": " + card + ", \"rating\": 3, \"review_id\": \"" + key + "\"}", token);
                assertEquals(400, res.status(), res.body());
                assertTrue(res.body().contains("review_id"));
            }
            assertEquals(0, app.count("SELECT count(*) FROM reviews"));
        }
    }
}
