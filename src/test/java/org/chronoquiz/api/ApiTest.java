package org.chronoquiz.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API with a personal token, as a script or a mobile client would use it. */
class ApiTest {
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path tmp;
    TestApp app;
    WebClient client;
    String token;

    @BeforeEach
    void start() {
        app = TestApp.start(tmp);
        client = app.client();
        token = app.accounts.issueApiToken(app.user("api@example.org", "learner").id());
        call("POST", "/api/decks/" + app.deckId() + "/study", "{}", 200);
    }

    @Test
    void a_learner_has_cards_only_for_the_decks_they_add_and_adding_twice_changes_nothing() {
        String other = app.accounts.issueApiToken(app.user("new@example.org", "learner").id());
        String due = "/api/decks/" + app.deckId() + "/due";
        assertEquals("[]", client.api("GET", due, null, other).body(), "nothing to review before the deck is added");
        for (int i = 0; i < 2; i++) {
            var added = client.api("POST", "/api/decks/" + app.deckId() + "/study", "{}", other);
            assertEquals(200, added.status(), added.body());
            assertTrue(added.body().contains("\"cards\":3"), added.body());
        }
        assertEquals(3, app.count("SELECT count(*) FROM cards WHERE user_id = (SELECT id FROM users WHERE email = 'new@example.org')"));
        assertEquals(404, client.api("POST", "/api/decks/999/study", "{}", other).status());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private JsonNode call(String method, String path, String body, int expectedStatus) {
        var res = client.api(method, path, body, token);
        assertEquals(expectedStatus, res.status(), res.body());
        try {
            return json.readTree(res.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + res.body(), e);
        }
    }

    @Test
    void decks_list_their_questions_and_due_cards() {
        JsonNode decks = call("GET", "/api/decks", null, 200);
        assertEquals(1, decks.size());
        JsonNode deck = decks.get(0);
        assertEquals(app.deckId(), deck.get("id").asLong());
        assertTrue(deck.get("title").asText().startsWith("Stalwart Allies"));
        assertEquals(6, deck.get("questions").asInt());
        assertEquals(3, deck.get("due").asInt(), "the fixture has three cloze questions, all new");
        JsonNode due = call("GET", "/api/decks/" + app.deckId() + "/due?limit=2", null, 200);
        assertEquals(2, due.size());
        assertTrue(due.get(0).has("card_id") && due.get(0).has("question_id") && due.get(0).has("front"));
        assertTrue(due.get(0).get("front").asText().contains("_____"));
    }

    @Test
    void a_quiz_is_started_and_answered_with_the_source_in_the_answer() {
        // the typed question's siblings on the same fact would keep it out of the quiz
        app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE answer = 'July 1944' AND type <> 'typed'"));
        JsonNode quiz = call("POST", "/api/quizzes", "{\"deck_id\": " + app.deckId() + ", \"size\": 6}", 200);
        assertEquals(4, quiz.get("questions").size(), "one question on each of the fixture's four facts");
        JsonNode typed = null;
        for (JsonNode q : quiz.get("questions")) {
            assertTrue(q.has("id") && q.has("type") && q.has("prompt") && q.has("choices"));
            if (q.get("type").asText().equals("typed")) {
                typed = q;
            }
        }
        assertFalse(typed == null);
        String path = "/api/quizzes/" + quiz.get("id").asLong() + "/answers";
        JsonNode answer = call("POST", path, "{\"question_id\": " + typed.get("id") + ", \"answer\": \"Jul 1944\"}", 200);
        assertTrue(answer.get("correct").asBoolean());
        assertEquals(1.0, answer.get("credit").asDouble());
        assertEquals("July 1944", answer.get("answer").asText());
        assertTrue(answer.get("source").get("sentence").asText().contains("established in July 1944"));
        assertTrue(answer.get("source").get("end").asInt() > answer.get("source").get("start").asInt());
        JsonNode again = call("POST", path, "{\"question_id\": " + typed.get("id") + ", \"answer\": \"1999\"}", 200);
        assertTrue(again.get("correct").asBoolean(), "a repeated answer returns the first result");
        assertEquals(1, app.count("SELECT count(*) FROM answers"));
        JsonNode scores = call("GET", "/api/me/scores", null, 200);
        assertEquals(1, scores.size());
        assertEquals(1, scores.get(0).get("answered").asInt());
    }

    @Test
    void bad_input_names_the_field_and_writes_nothing() {
        JsonNode notJson = call("POST", "/api/quizzes", "{deck_id: 1", 400);
        assertEquals("body", notJson.get("field").asText());
        JsonNode missing = call("POST", "/api/quizzes", "{\"size\": 5}", 400);
        assertEquals("deck_id", missing.get("field").asText());
        JsonNode wrongType = call("POST", "/api/quizzes", "{\"deck_id\": \"one\"}", 400);
        assertEquals("deck_id", wrongType.get("field").asText());
        JsonNode tooBig = call("POST", "/api/quizzes", "{\"deck_id\": " + app.deckId() + ", \"size\": 0}", 400);
        assertEquals("size", tooBig.get("field").asText());
        JsonNode unknownDeck = call("POST", "/api/quizzes", "{\"deck_id\": 999}", 400);
        assertEquals("deck_id", unknownDeck.get("field").asText());
        assertEquals(0, app.count("SELECT count(*) FROM quizzes"));

        JsonNode badRating = call("POST", "/api/reviews", "{\"card_id\": 1, \"rating\": 5, \"review_id\": \"r1\"}", 400);
        assertEquals("rating", badRating.get("field").asText());
        JsonNode noKey = call("POST", "/api/reviews", "{\"card_id\": 1, \"rating\": 3}", 400);
        assertEquals("review_id", noKey.get("field").asText());
        assertEquals(0, app.count("SELECT count(*) FROM reviews"));

        call("GET", "/api/decks/999/due", null, 404);
        call("POST", "/api/quizzes/999/answers", "{\"question_id\": 1, \"answer\": \"1944\"}", 404);
        JsonNode limit = call("GET", "/api/decks/" + app.deckId() + "/due?limit=abc", null, 400);
        assertEquals("limit", limit.get("field").asText());
    }

    @Test
    void another_learners_card_cannot_be_reviewed() {
        String other = app.accounts.issueApiToken(app.user("other@example.org", "learner").id());
        client.api("POST", "/api/decks/" + app.deckId() + "/study", "{}", other);
        long card = client.api("GET", "/api/decks/" + app.deckId() + "/due", null, other).status() == 200
                ? app.count("SELECT min(c.id) FROM cards c JOIN users u ON u.id = c.user_id WHERE u.email = 'other@example.org'")
                : -1;
        call("POST", "/api/reviews", "{\"card_id\": " + card + ", \"rating\": 3, \"review_id\": \"x\"}", 404);
        assertEquals(0, app.count("SELECT count(*) FROM reviews"));
    }
}
