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
