package org.chronoquiz.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.chronoquiz.scheduling.SchedulerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Optimize my parameters" fits a learner's weights to their own reviews, or says why it kept the defaults. */
class OptimizeTest {
    private static final Pattern LOSSES = Pattern.compile("Log loss ([0-9.]+) before, ([0-9.]+) after; RMSE ([0-9.]+) before, ([0-9.]+) after");
    @TempDir
    Path tmp;

    @Test
    void with_too_few_reviews_the_defaults_stay_and_the_learner_hears_how_many_more_are_needed() {
        try (TestApp app = TestApp.start(tmp)) {
            Learners.study(app, app.user("rae@example.org", "learner"), 25, 3);
            Map<Long, Long> dueBefore = new java.util.HashMap<>();
            app.jdbi.useHandle(h -> h.createQuery("SELECT id, due FROM cards").map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(e -> dueBefore.put(e.getKey(), e.getValue())));
            WebClient browser = app.client();
            browser.login("rae@example.org", TestApp.PASSWORD);
            browser.get("/settings");
            assertEquals(303, browser.post("/settings/optimize", Map.of()).status());
            String page = browser.get("/settings").body();
            assertTrue(page.contains("Kept the default parameters: only 25 reviews"), page);
            assertTrue(page.contains("375 more are needed"), page);
            assertEquals(1, app.count("SELECT count(*) FROM users WHERE fsrs_weights IS NULL"));
        }
    }

    @Test
    void a_learners_stored_weights_drive_their_next_review() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            browser.study(app.deckId());
            double[] w = SchedulerSettings.DEFAULT_WEIGHTS.clone();
            w[2] = 3.75; // initial stability after Good
            String json = java.util.Arrays.toString(w);
            app.jdbi.useHandle(h -> h.execute("UPDATE users SET fsrs_weights = ?", json));
            String page = browser.get("/review").body();
            Matcher card = Pattern.compile("name=\"card_id\" value=\"(\\d+)\"").matcher(page);
            Matcher key = Pattern.compile("name=\"review_id\" value=\"([^\"]+)\"").matcher(page);
            assertTrue(card.find() && key.find(), page);
            browser.post("/review", Map.of("card_id", card.group(1), "rating", "3", "review_id", key.group(1)));
            assertEquals(1, app.count("SELECT count(*) FROM cards WHERE id = " + card.group(1) + " AND stability = 3.75"));
        }
    }

    @Test
    void with_enough_reviews_the_fitted_weights_are_stored_and_every_card_is_replayed_under_them() throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            Learners.addCards(app, 40);
            var user = app.user("rae@example.org", "learner");
            Learners.study(app, user, 450, 11);
            String reviewsBefore = app.jdbi.withHandle(h -> h.createQuery(
                    "SELECT string_agg(id || ':' || rating || ':' || reviewed_at || ':' || after_state, '|' ORDER BY id) FROM reviews").mapTo(String.class).one());
            Map<Long, Long> dueBefore = new java.util.HashMap<>();
            app.jdbi.useHandle(h -> h.createQuery("SELECT id, due FROM cards").map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(e -> dueBefore.put(e.getKey(), e.getValue())));
            WebClient browser = app.client();
            browser.login("rae@example.org", TestApp.PASSWORD);
            browser.get("/settings");
            assertEquals(303, browser.post("/settings/optimize", Map.of()).status());
            String page = browser.get("/settings").body();
            assertTrue(page.contains("Your parameters were fitted to 450 reviews."), page);
            Matcher m = LOSSES.matcher(page);
            assertTrue(m.find(), page);
            assertTrue(Double.parseDouble(m.group(2)) < Double.parseDouble(m.group(1)), "the fit lowers log loss: " + m.group());
            assertTrue(page.contains("parameters fitted to your reviews"), page);

            String stored = app.jdbi.withHandle(h -> h.createQuery("SELECT fsrs_weights FROM users").mapTo(String.class).one());
            assertNotNull(stored);
            double[] weights = new ObjectMapper().readValue(stored, double[].class);
            assertEquals(21, weights.length);
            SchedulerSettings expected = Learners.settings(0.9, "UTC", weights);
            for (long card : app.jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT card_id FROM reviews")
                    .mapTo(Long.class).list())) {
                long replayed = Learners.replayed(app, card, expected).due().toEpochMilli();
                long saved = app.count("SELECT due FROM cards WHERE id = " + card);
                long now = app.clock.millis();
                if (replayed < now && dueBefore.get(card) > now) {
                    // made overdue by the change: spread over the coming week, never later than before
                    assertTrue(saved >= now && saved <= now + java.time.Duration.ofDays(7).toMillis()
                            && saved <= dueBefore.get(card), "card " + card + " spread: " + saved);
                } else {
                    assertEquals(replayed, saved, "card " + card);
                }
            }
            assertEquals(reviewsBefore, app.jdbi.withHandle(h -> h.createQuery(
                    "SELECT string_agg(id || ':' || rating || ':' || reviewed_at || ':' || after_state, '|' ORDER BY id) FROM reviews").mapTo(String.class).one()));
        }
    }
}
