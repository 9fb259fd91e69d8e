package org.chronoquiz.settings;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.chronoquiz.scheduling.SchedulerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner changes their retention, sees the workload first, and their cards follow the new setting. */
class SettingsTest {
    private static final String REVIEWS = "SELECT string_agg(id || ':' || rating || ':' || reviewed_at || ':' || before_state || ':' || after_state, '|' ORDER BY id) FROM reviews";
    @TempDir
    Path tmp;

    private static Map<String, String> form(String retention, String newCards, String zone, String action) {
        return Map.of("desired_retention", retention, "new_cards_per_day", newCards, "time_zone", zone, "action", action);
    }

    /** A learner with 30 reviews over some weeks, logged in afterwards (the weeks would outlast a session). */
    private static WebClient studied(TestApp app) {
        Learners.study(app, app.user("rae@example.org", "learner"), 30, 7);
        WebClient browser = app.client();
        browser.login("rae@example.org", TestApp.PASSWORD);
        return browser;
    }

    @Test
    void the_page_shows_the_current_settings_and_is_in_the_nav() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            String page = browser.get("/settings").body();
            assertTrue(page.contains("<a href=\"/settings\">Settings</a>"), page);
            assertTrue(page.contains("value=\"0.90\""), "current retention in the field");
            assertTrue(page.contains("value=\"20\"") && page.contains("value=\"UTC\""), page);
            assertTrue(page.contains("400 more are needed"), "a learner without reviews is told how many a fit needs");
            assertTrue(page.contains("<code id=\"weights\">0.2120, 1.2931, 2.3065, 8.2956,"), "the defaults are shown");
        }
    }

    @Test
    void preview_shows_the_workload_of_both_retentions_and_saves_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = studied(app);
            long due = app.count("SELECT sum(due) FROM cards");
            browser.get("/settings");
            var res = browser.post("/settings", form("0.97", "20", "UTC", "preview"));
            assertEquals(200, res.status());
            String page = res.body().replaceAll("\\s+", " ");
            assertTrue(page.contains("<td>Current</td> <td>0.90</td>"), page);
            assertTrue(page.contains("<td>Entered</td> <td>0.97</td>"), page);
            assertEquals(1, app.count("SELECT count(*) FROM users WHERE desired_retention = 0.9"));
            assertEquals(due, app.count("SELECT sum(due) FROM cards"), "a preview moves no card");
        }
    }

    @Test
    void bad_values_come_back_with_the_error_beside_the_field_and_nothing_is_written() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            browser.get("/settings");
            for (var bad : List.of(form("1.5", "20", "UTC", "save"), form("abc", "20", "UTC", "save"),
                    form("0.69", "20", "UTC", "preview"), form("NaN", "20", "UTC", "save"))) {
                var res = browser.post("/settings", bad);
                assertEquals(400, res.status());
                assertTrue(res.body().contains("id=\"desired_retention-error\""), res.body());
                assertTrue(res.body().contains("value=\"" + bad.get("desired_retention") + "\""), "the input is kept");
            }
            var res = browser.post("/settings", form("0.8", "10000", "UTC", "save"));
            assertEquals(400, res.status());
            assertTrue(res.body().contains("id=\"new_cards_per_day-error\""));
            res = browser.post("/settings", form("0.8", "10", "Mars/Olympus", "save"));
            assertEquals(400, res.status());
            assertTrue(res.body().contains("id=\"time_zone-error\""));
            assertEquals(1, app.count("SELECT count(*) FROM users WHERE desired_retention = 0.9 "
                    + "AND new_cards_per_day = 20 AND time_zone = 'UTC'"));
        }
    }

    @Test
    void a_forged_post_without_the_csrf_token_changes_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("rae@example.org", "learner");
            var raw = new java.util.HashMap<>(form("0.8", "5", "UTC", "save"));
            assertEquals(403, browser.postRaw("/settings", raw).status());
            assertEquals(403, browser.postRaw("/settings/optimize", Map.of()).status());
            assertEquals(1, app.count("SELECT count(*) FROM users WHERE desired_retention = 0.9 AND new_cards_per_day = 20"));
        }
    }

    @Test
    void saving_a_retention_replays_every_card_and_leaves_the_reviews_alone() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = studied(app);
            String reviewsBefore = app.jdbi.withHandle(h -> h.createQuery(REVIEWS).mapTo(String.class).one());
            long dueBefore = app.count("SELECT sum(due) FROM cards");
            browser.get("/settings");
            var res = browser.post("/settings", form("0.75", "35", "Europe/Berlin", "save"));
            assertEquals(303, res.status());
            assertTrue(browser.get("/settings").body().contains("cards were rescheduled"));
            assertEquals(1, app.count("SELECT count(*) FROM users WHERE desired_retention = 0.75 "
                    + "AND new_cards_per_day = 35 AND time_zone = 'Europe/Berlin'"));
            SchedulerSettings expected = Learners.settings(0.75, "Europe/Berlin", SchedulerSettings.DEFAULT_WEIGHTS);
            for (long card : app.jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT card_id FROM reviews")
                    .mapTo(Long.class).list())) {
                var replayed = Learners.replayed(app, card, expected);
                assertEquals(replayed.due().toEpochMilli(), app.count("SELECT due FROM cards WHERE id = " + card));
                assertEquals(replayed.stability(), Double.parseDouble(app.jdbi.withHandle(h -> h.createQuery(
                        "SELECT stability FROM cards WHERE id = " + card).mapTo(String.class).one())), 1e-9);
            }
            assertNotEquals(dueBefore, app.count("SELECT sum(due) FROM cards"), "lower retention, later dues");
            assertEquals(reviewsBefore, app.jdbi.withHandle(h -> h.createQuery(REVIEWS).mapTo(String.class).one()));
        }
    }

    @Test
    void raising_retention_spreads_the_cards_it_makes_overdue_instead_of_a_backlog_spike() {
        try (TestApp app = TestApp.start(tmp)) {
            Learners.addCards(app, 120);
            var user = app.user("rae@example.org", "learner");
            Learners.study(app, user, 600, 5);
            long now = app.clock.millis();
            long dueNowBefore = app.count("SELECT count(*) FROM cards WHERE phase = 'REVIEW' AND due <= " + now);
            WebClient browser = app.client();
            browser.login("rae@example.org", TestApp.PASSWORD);
            browser.get("/settings");
            assertEquals(303, browser.post("/settings", form("0.99", "20", "UTC", "save")).status());
            long dueNowAfter = app.count("SELECT count(*) FROM cards WHERE phase = 'REVIEW' AND due <= " + now);
            long dueThisWeek = app.count("SELECT count(*) FROM cards WHERE phase = 'REVIEW' AND due <= "
                    + (now + java.time.Duration.ofDays(7).toMillis()));
            assertTrue(dueThisWeek > dueNowBefore, "the higher retention brings reviews forward");
            assertTrue(dueNowAfter - dueNowBefore <= 20,
                    "at most a day's share falls due at once: " + dueNowBefore + " -> " + dueNowAfter);
        }
    }
}
