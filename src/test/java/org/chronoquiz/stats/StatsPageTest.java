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
    void a_new_learner_sees_empty_charts_and_no_streak() {
        try (TestApp app = TestApp.start(tmp)) {
            String page = app.loggedIn("new@example.org", "learner").get("/stats").body();
            assertTrue(page.contains("0-day streak"), page);
            assertTrue(page.contains("No reviews of graduated cards yet"), page);
        }
    }
}
