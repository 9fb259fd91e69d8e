package org.chronoquiz.results;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.chronoquiz.classes.ClassesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Learners take quizzes through the pages; the instructor's results show what a hand calculation gives. */
class ResultsTest {
    @TempDir
    Path tmp;

    private long q1;
    private long q2;

    /** Takes a two-question quiz, answering each question right or wrong as told. */
    private void quiz(TestApp app, WebClient learner, boolean q1Right, boolean q2Right) {
        quiz(app, learner, q1Right, q2Right, "1900");
    }

    private void quiz(TestApp app, WebClient learner, boolean q1Right, boolean q2Right, String wrong) {
        String quiz = learner.startQuiz(app.deckId(), 2);
        for (int i = 0; i < 2; i++) {
            String page = learner.get(quiz).body();
            long id = Long.parseLong(page.replaceAll("(?s).*name=\"question_id\" value=\"(\\d+)\".*", "$1"));
            boolean right = id == q1 ? q1Right : q2Right;
            String answer = right ? app.jdbi.withHandle(h -> h.createQuery("SELECT answer FROM questions WHERE id = " + id)
                    .mapTo(String.class).one()) : wrong;
            assertTrue(learner.post(quiz + "/answers", Map.of("question_id", "" + id, "answer", answer)).status() < 400);
        }
    }

    /** Reviews one card through the API: the first due card of the deck, or {@code card} when given. */
    private static long review(TestApp app, String token, long card, int rating, String id) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        WebClient client = app.client();
        if (card == 0) {
            card = json.readTree(client.api("GET", "/api/decks/" + app.deckId() + "/due?limit=1", null, token).body())
                    .get(0).get("card_id").asLong();
        }
        var res = client.api("POST", "/api/reviews", "{\"card_id\": " + card + ", \"rating\": " + rating
                + ", \"review_id\": \"" + id + "\"}", token);
        assertEquals(200, res.status(), res.body());
        return card;
    }

    @Test
    void card_retention_counts_review_phase_reviews_across_learners_and_difficulty_is_their_mean() throws IOException {
        try (TestApp app = TestApp.start(tmp)) {
            long only = app.count("SELECT id FROM questions WHERE qkey = 'cloze-1702-1717'");
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE id <> " + only));
            List<String> tokens = new java.util.ArrayList<>();
            for (String who : List.of("r1@example.org", "r2@example.org", "r3@example.org")) {
                String token = app.accounts.issueApiToken(app.user(who, "learner").id());
                assertEquals(200, app.client().api("POST", "/api/decks/" + app.deckId() + "/study", "{}", token).status());
                tokens.add(token);
            }
            // each learns the card with Easy (straight to the review phase): no review-phase review yet
            long[] cards = new long[3];
            for (int i = 0; i < 3; i++) {
                cards[i] = review(app, tokens.get(i), 0, 4, "learn-" + i);
            }
            WebClient admin = app.loggedIn("admin@example.org", "admin");
            String before = admin.get("/instructor/results/cards.csv?deck=" + app.deckId()).body().substring(1);
            CSVRecord none = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(before)).getRecords().get(0);
            assertEquals(List.of("3", "0", ""), List.of(none.get("learners"), none.get("review_phase_reviews"), none.get("true_retention")),
                    "learning reviews are no test of memory");
            // a month later: r1 and r2 remember it (Good, Hard), r3 forgets (Again); then r3 relearns it a day on
            // and, a month after that, remembers: 4 review-phase reviews, 3 recalled, true retention 75%
            app.clock.advance(java.time.Duration.ofDays(30));
            review(app, tokens.get(0), cards[0], 3, "r1-m1");
            review(app, tokens.get(1), cards[1], 2, "r2-m1");
            review(app, tokens.get(2), cards[2], 1, "r3-m1");
            app.clock.advance(java.time.Duration.ofDays(1));
            review(app, tokens.get(2), cards[2], 3, "r3-relearn"); // relearning: not a review-phase review
            app.clock.advance(java.time.Duration.ofDays(30));
            review(app, tokens.get(2), cards[2], 3, "r3-m2");
            admin = app.loggedIn("admin2@example.org", "admin"); // two months on, the first session has expired
            String csv = admin.get("/instructor/results/cards.csv?deck=" + app.deckId()).body().substring(1);
            CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords().get(0);
            assertEquals(List.of("" + only, "3", "4", "75.0"), List.of(row.get("question_id"), row.get("learners"),
                    row.get("review_phase_reviews"), row.get("true_retention")));
            double mean = app.jdbi.withHandle(h -> h.createQuery("SELECT avg(difficulty) FROM cards WHERE question_id = " + only)
                    .mapTo(Double.class).one());
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f", mean), row.get("mean_difficulty"));
            double forgot = app.jdbi.withHandle(h -> h.createQuery("SELECT difficulty FROM cards WHERE id = " + cards[2])
                    .mapTo(Double.class).one());
            double kept = app.jdbi.withHandle(h -> h.createQuery("SELECT difficulty FROM cards WHERE id = " + cards[0])
                    .mapTo(Double.class).one());
            assertTrue(forgot > kept, "the learner who forgot it finds it harder: " + forgot + " against " + kept);
        }
    }

    @Test
    void a_wrong_answer_typed_as_a_formula_downloads_as_text_not_as_a_formula() throws IOException {
        try (TestApp app = TestApp.start(tmp)) {
            q1 = app.count("SELECT id FROM questions WHERE qkey = 'typed-1605-1614'");
            q2 = app.count("SELECT id FROM questions WHERE qkey = 'cloze-1702-1717'");
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE id NOT IN (" + q1 + ", " + q2 + ")"));
            WebClient learner = app.loggedIn("l1@example.org", "learner");
            quiz(app, learner, false, true, "=HYPERLINK(\"http://evil.example\",\"x\")");
            WebClient admin = app.loggedIn("admin@example.org", "admin");
            String csv = admin.get("/instructor/results/items.csv?deck=" + app.deckId()).body().substring(1);
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
            CSVRecord first = rows.stream().filter(r -> r.get("question_id").equals("" + q1)).findFirst().orElseThrow();
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\") (1)", first.get("most_given_wrong_answers"));
            assertEquals("1", first.get("attempts"), "a number stays a number");
        }
    }

    @Test
    void item_statistics_of_three_learners_first_attempts_match_a_hand_calculation() throws IOException {
        try (TestApp app = TestApp.start(tmp)) {
            // two questions on different sentences and dates, so one quiz asks both (siblings never share a quiz)
            List<Long> typed = List.of(app.count("SELECT id FROM questions WHERE qkey = 'typed-1605-1614'"),
                    app.count("SELECT id FROM questions WHERE qkey = 'cloze-1702-1717'"));
            q1 = typed.get(0);
            q2 = typed.get(1);
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE id NOT IN (" + q1 + ", " + q2 + ")"));
            WebClient l1 = app.loggedIn("l1@example.org", "learner");
            WebClient l2 = app.loggedIn("l2@example.org", "learner");
            WebClient l3 = app.loggedIn("l3@example.org", "learner");
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            String code = ClassesTest.createClass(app, teacher, "History 101");
            for (WebClient l : List.of(l1, l2, l3)) {
                ClassesTest.join(l, code);
            }
            quiz(app, l1, true, true);
            quiz(app, l2, true, false);
            quiz(app, l3, false, false);
            quiz(app, l1, false, false); // a second attempt: Moodle's statistics count first attempts only
            WebClient outsider = app.loggedIn("outsider@example.org", "learner");
            quiz(app, outsider, false, true); // not in the class: not in this instructor's figures
            var page = teacher.get("/instructor/results?deck=" + app.deckId());
            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("1900 (2)"), "the wrong answer two learners gave, with its count");

            var csv = teacher.get("/instructor/results/items.csv?deck=" + app.deckId());
            assertEquals(200, csv.status());
            assertTrue(csv.body().startsWith("\uFEFF"), "a byte-order mark, or Excel misreads every accent");
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body().substring(1))).getRecords();
            assertEquals(ResultsCsv.ITEMS, rows.get(0).getParser().getHeaderNames());
            CSVRecord first = rows.stream().filter(r -> r.get("question_id").equals("" + q1)).findFirst().orElseThrow();
            CSVRecord second = rows.stream().filter(r -> r.get("question_id").equals("" + q2)).findFirst().orElseThrow();
            // Q1: marks 1 1 0, rest of quiz (Q2) 1 0 0. Means 2/3 and 1/3; deviations (1/3, 1/3, -2/3) and
            // (2/3, -1/3, -1/3); covariance (2/9 - 1/9 + 2/9)/2 = 1/6; both variances (6/9)/2 = 1/3;
            // D = 100 * (1/6)/(1/3) = 50. Sorted pairs give the same 1/6, so DE = 100. F = 66.7, SD = 100*sqrt(1/3) = 57.7
            assertEquals(List.of("3", "66.7", "57.7", "50.0", "100.0"), List.of(first.get("attempts"), first.get("facility"),
                    first.get("standard_deviation"), first.get("discrimination_index"), first.get("discriminative_efficiency")));
            // Q2 mirrors it: marks 1 0 0 against 1 1 0
            assertEquals(List.of("3", "33.3", "50.0", "100.0"), List.of(second.get("attempts"), second.get("facility"),
                    second.get("discrimination_index"), second.get("discriminative_efficiency")));
            assertEquals("1900 (2)", second.get("most_given_wrong_answers"));

            var learners = teacher.get("/instructor/results/learners.csv");
            assertTrue(learners.body().contains("l2@example.org"), learners.body());
            assertFalse(learners.body().contains("outsider@example.org"), "an instructor sees their own classes only");
            WebClient other = app.loggedIn("other@example.org", "instructor");
            assertFalse(other.get("/instructor/results/learners.csv").body().contains("l2@example.org"));
            WebClient admin = app.loggedIn("admin@example.org", "admin");
            String all = admin.get("/instructor/results/learners.csv").body();
            assertTrue(all.contains("outsider@example.org") && all.contains("l2@example.org"), "an admin sees everyone");
            List<CSVRecord> people = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(learners.body().substring(1))).getRecords(); // after the byte-order mark
            CSVRecord l1Row = people.stream().filter(r -> r.get("email").equals("l1@example.org")).findFirst().orElseThrow();
            assertEquals("2", l1Row.get("quizzes_finished"));
            assertEquals("50.0", l1Row.get("mean_score"), "100% then 0%");
        }
    }

    @Test
    void learners_never_see_results() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient learner = app.loggedIn("l@example.org", "learner");
            assertEquals(403, learner.get("/instructor/results").status());
            assertEquals(403, learner.get("/instructor/results/learners.csv").status());
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            assertEquals(404, teacher.get("/instructor/results?deck=999").status());
            assertEquals(400, teacher.get("/instructor/results?deck=abc").status());
        }
    }
}
