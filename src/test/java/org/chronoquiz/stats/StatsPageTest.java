package org.chronoquiz.stats;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.chronoquiz.settings.Learners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress page draws a learner's reviews as SVG: heatmap, streak, retention, forecast, stability. */
class StatsPageTest {
    @TempDir
    Path tmp;

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void a_learner_with_reviews_sees_every_chart() {
        try (TestApp app = TestApp.start(tmp)) {
            Learners.addCards(app, 10);
            Learners.study(app, app.user("rae@example.org", "learner"), 120, 5);
            WebClient browser = app.client();
            browser.login("rae@example.org", TestApp.PASSWORD);
            String page = browser.get("/stats").body();

            assertTrue(page.contains("id=\"heatmap\""), page);
            long reviews = app.count("SELECT count(*) FROM reviews");
            assertTrue(page.contains(reviews + " reviews on "), "the heatmap's title totals every review in range");
            int cells = count(Pattern.compile("<rect class=\"l[0-4]\""), page);
            assertTrue(cells > 25 * 7 && cells <= 26 * 7, "26 weeks up to today: " + cells);

            Matcher streak = Pattern.compile("id=\"streak\">(\\d+)-day streak").matcher(page);
            assertTrue(streak.find(), page);
            assertTrue(Integer.parseInt(streak.group(1)) >= 1, "the learner studied today");

            long reviewPhase = app.count("SELECT count(*) FROM reviews WHERE before_phase = 'REVIEW'");
            long recalled = app.count("SELECT count(*) FROM reviews WHERE before_phase = 'REVIEW' AND rating > 1");
            assertTrue(reviewPhase > 0);
            Matcher rows = Pattern.compile("<tr><td>\\d{4}-\\d{2}</td><td>(\\d+)</td><td>\\d+%</td></tr>").matcher(page);
            long listed = 0;
            while (rows.find()) {
                listed += Long.parseLong(rows.group(1));
            }
            assertEquals(reviewPhase, listed, "every review-phase review is in one month's row");
            assertTrue(recalled <= reviewPhase);

            long started = app.count("SELECT count(*) FROM cards WHERE phase <> 'NEW'");
            assertTrue(page.contains("id=\"forecast\"") && page.contains("id=\"stability\""));
            assertEquals(30, count(Pattern.compile("cards due</title>"), page), "one bar per day");
            assertTrue(page.contains("cards</title>"), "stability bars have tooltips");
            assertTrue(started > 0);
            assertFalse(page.contains("&lt;rect"), "the SVG is markup, not escaped text");
        }
    }

    @Test
    void reviews_fall_on_the_learners_own_day_in_a_half_hour_zone_around_the_4am_day_start() {
        try (TestApp app = TestApp.start(tmp)) {
            var user = app.user("ira@example.org", "learner");
            app.jdbi.useHandle(h -> h.execute("UPDATE users SET time_zone = 'Asia/Kolkata' WHERE id = ?", user.id()));
            WebClient browser = app.client();
            browser.login("ira@example.org", TestApp.PASSWORD);
            browser.get("/decks/" + app.deckId());
            browser.post("/decks/" + app.deckId() + "/study", java.util.Map.of());
            var cards = app.jdbi.withHandle(h -> h.createQuery("SELECT id FROM cards WHERE user_id = " + user.id()
                    + " ORDER BY id LIMIT 3").mapTo(Long.class).list());
            // 03:59, 04:01 and 04:14 in Kolkata (UTC+5:30): the first is still the learner's 9 March
            String[] times = {"2026-03-09T22:29:00Z", "2026-03-09T22:31:00Z", "2026-03-09T22:44:00Z"};
            for (int i = 0; i < 3; i++) {
                app.clock.set(java.time.Instant.parse(times[i]));
                browser.get("/review");
                var res = browser.post("/review", java.util.Map.of("card_id", "" + cards.get(i), "rating", "3",
                        "review_id", "r" + i));
                assertEquals(303, res.status(), res.body());
            }
            String page = browser.get("/stats").body();
            assertTrue(page.contains("2026-03-09: 1 review<"), page);
            assertTrue(page.contains("2026-03-10: 2 reviews<"), page);
            assertTrue(page.contains("id=\"streak\">2-day streak"), page);

            browser.get("/review");
            assertEquals(303, browser.post("/review/undo", java.util.Map.of()).status());
            assertTrue(browser.get("/stats").body().contains("2026-03-10: 1 review<"), "an undone review is not counted");
        }
    }

    @Test
    void a_new_learner_sees_empty_charts_and_no_streak() {
        try (TestApp app = TestApp.start(tmp)) {
            String page = app.loggedIn("new@example.org", "learner").get("/stats").body();
            assertTrue(page.contains("0-day streak"), page);
            assertTrue(page.contains("No reviews of graduated cards yet"), page);
        }
    }
}
