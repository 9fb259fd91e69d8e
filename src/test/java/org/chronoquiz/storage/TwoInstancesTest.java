package org.chronoquiz.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances on one database, as behind a load balancer: whatever one stored the other serves, because
 * sessions, log-in limits and idempotency keys are rows, not memory. Runs on SQLite and on PostgreSQL.
 */
class TwoInstancesTest {
    @TempDir
    Path tmp;

    @Test
    void a_learner_logs_in_through_one_instance_and_carries_on_through_the_other() {
        try (TestApp a = TestApp.start(tmp); TestApp b = TestApp.restart(a.db, a.clock)) {
            a.user("kim@example.org", "learner");
            WebClient viaA = a.client();
            viaA.login("kim@example.org", TestApp.PASSWORD);
            WebClient viaB = viaA.at(b);
            var stats = viaB.get("/stats");
            assertEquals(200, stats.status(), "the other instance knows the session");
            assertTrue(stats.body().contains("kim@example.org"));
            String quiz = viaB.startQuiz(a.deckId(), 3); // a form posted to B with the token A's page carried
            assertEquals(200, viaA.get(quiz).status(), "the quiz B started is there on A");
            viaA.get("/");
            assertEquals(303, viaA.post("/logout", Map.of()).status());
            assertEquals(303, viaB.get("/stats").status(), "logged out through A is logged out on B");
        }
    }

    @Test
    void failed_log_ins_count_against_the_same_limit_on_both_instances() {
        try (TestApp a = TestApp.start(tmp); TestApp b = TestApp.restart(a.db, a.clock)) {
            WebClient attacker = a.client();
            for (int i = 0; i < 100; i++) { // the per-address allowance, spent half on each instance
                WebClient via = i % 2 == 0 ? attacker : attacker.at(b);
                via.get("/login");
                assertEquals(400, via.post("/login", Map.of("email", "u" + i + "@example.org", "password", "x")).status());
            }
            for (TestApp app : List.of(a, b)) {
                WebClient via = attacker.at(app);
                via.get("/login");
                assertEquals(429, via.post("/login", Map.of("email", "new@example.org", "password", "x")).status());
            }
        }
    }

    @Test
    void the_same_review_posted_to_both_instances_at_once_is_stored_once_and_both_get_its_outcome() throws Exception {
        try (TestApp a = TestApp.start(tmp); TestApp b = TestApp.restart(a.db, a.clock)) {
            String token = a.accounts.issueApiToken(a.user("api@example.org", "learner").id());
            assertEquals(200, b.client().api("POST", "/api/decks/" + a.deckId() + "/study", "{}", token).status());
            ObjectMapper json = new ObjectMapper();
            JsonNode due = json.readTree(a.client().api("GET", "/api/decks/" + a.deckId() + "/due?limit=20", null, token).body());
            int rounds = Math.min(10, due.size());
            assertTrue(rounds >= 3, "enough cards to race on: " + due);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (int i = 0; i < rounds; i++) {
                    String body = "{\"card_id\": " + due.get(i).get("card_id").asLong() + ", \"rating\": 3, \"review_id\": \"race-" + i + "\"}";
                    CyclicBarrier start = new CyclicBarrier(4);
                    List<CompletableFuture<WebClient.Page>> sent = List.of(a, b, a, b).stream()
                            .map(app -> CompletableFuture.supplyAsync(() -> {
                                WebClient client = app.client();
                                await(start);
                                return client.api("POST", "/api/reviews", body, token);
                            }, pool)).toList();
                    List<WebClient.Page> answers = sent.stream().map(CompletableFuture::join).toList();
                    for (WebClient.Page p : answers) {
                        assertEquals(200, p.status(), p.body());
                        assertEquals(answers.get(0).body(), p.body(), "every copy gets the one stored outcome");
                    }
                    assertEquals(1, a.count("SELECT count(*) FROM reviews WHERE review_key = 'race-" + i + "'"));
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(rounds, a.count("SELECT count(*) FROM reviews"));
            assertEquals(rounds, a.count("SELECT count(*) FROM cards WHERE reps = 1"), "each card rescheduled once");
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
