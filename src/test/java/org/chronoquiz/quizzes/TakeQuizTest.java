package org.chronoquiz.quizzes;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner takes a quiz in the browser from start to score page. */
class TakeQuizTest {
    private static final Pattern QUESTION_ID = Pattern.compile("name=\"question_id\" value=\"(\\d+)\"");
    @TempDir
    Path tmp;

    @Test
    void a_learner_answers_every_question_sees_feedback_with_the_source_and_ends_on_a_score() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("ana@example.org", "learner");
            long deck = app.deckId();
            browser.get("/decks/" + deck);
            var started = browser.post("/decks/" + deck + "/quizzes", Map.of("size", "6"));
            assertEquals(303, started.status());
            String quizUrl = started.location();
            int answered = 0;
            while (true) {
                var page = browser.get(quizUrl);
                Matcher m = QUESTION_ID.matcher(page.body());
                if (!m.find()) {
                    assertTrue(page.body().contains("Your score:"), page.body());
                    break;
                }
                long qid = Long.parseLong(m.group(1));
                String type = app.jdbi.withHandle(h -> h.createQuery("SELECT type FROM questions WHERE id = " + qid)
                        .mapTo(String.class).one());
                Map<String, String> form = "timeline".equals(type)
                        ? Map.of("question_id", "" + qid, "position_0", "3", "position_1", "1", "position_2", "2")
                        : Map.of("question_id", "" + qid, "answer", "1944-07");
                var res = browser.post(quizUrl + "/answers", form);
                assertEquals(303, res.status(), res.body());
                var feedback = browser.get(res.location());
                assertTrue(feedback.body().contains("Answer:"), feedback.body());
                assertTrue(feedback.body().contains("class=\"source\""), "the source sentence is shown after answering");
                answered++;
            }
            // the fixture deck has four facts, three questions on one of them: a quiz never asks a fact twice
            assertEquals(4, answered);
            assertEquals(4, app.count("SELECT count(*) FROM answers"));
            assertEquals(1, app.count("SELECT count(*) FROM quizzes WHERE finished_at IS NOT NULL"));
            String stats = browser.get("/stats").body();
            assertTrue(stats.contains("<svg"), "the score history has a chart");
            assertTrue(stats.contains("<polyline") || stats.contains("<circle"), stats);
        }
    }

    @Test
    void typed_dates_are_graded_tolerantly_and_the_right_year_alone_is_half_credit() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("ana@example.org", "learner");
            long deck = app.deckId();
            // the typed question's siblings on the same fact would keep it out of the quiz: retire them
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE answer = 'July 1944' AND type <> 'typed'"));
            String quizUrl = browser.startQuiz(deck, 6);
            long quizId = WebClient.quizId(quizUrl);
            long typed = app.count("SELECT i.question_id FROM quiz_items i JOIN questions q ON q.id = i.question_id "
                    + "WHERE i.quiz_id = " + quizId + " AND q.type = 'typed'");
            browser.get(quizUrl);
            browser.post(quizUrl + "/answers", Map.of("question_id", "" + typed, "answer", "1944"));
            var feedback = browser.get(quizUrl + "?after=" + typed).body();
            assertTrue(feedback.contains("Half credit: the year is right"), feedback);
            assertEquals(0.5, app.jdbi.withHandle(h -> h.createQuery("SELECT credit FROM answers WHERE question_id = " + typed)
                    .mapTo(Double.class).one()));
        }
    }

    @Test
    void a_blank_answer_shows_the_question_again_with_the_error_and_writes_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("ana@example.org", "learner");
            long deck = app.deckId();
            String quizUrl = browser.startQuiz(deck, 6);
            Matcher m = QUESTION_ID.matcher(browser.get(quizUrl).body());
            assertTrue(m.find());
            long qid = Long.parseLong(m.group(1));
            String type = app.jdbi.withHandle(h -> h.createQuery("SELECT type FROM questions WHERE id = " + qid)
                    .mapTo(String.class).one());
            var res = browser.post(quizUrl + "/answers", Map.of("question_id", "" + qid, "answer", "  "));
            assertEquals(400, res.status());
            String expected = type.equals("timeline") ? "Give each event a different position" : "Give an answer.";
            assertTrue(res.body().contains(expected), type + ": " + res.body());
            assertTrue(res.body().contains("name=\"question_id\" value=\"" + qid + "\""), "the same question again");
            assertEquals(0, app.count("SELECT count(*) FROM answers"));
        }
    }

    @Test
    void a_bad_quiz_size_is_shown_beside_the_field_and_starts_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("ana@example.org", "learner");
            long deck = app.deckId();
            browser.get("/decks/" + deck);
            var res = browser.post("/decks/" + deck + "/quizzes", Map.of("size", "500"));
            assertEquals(400, res.status());
            assertTrue(res.body().contains("A quiz has 1 to 50 questions."));
            assertTrue(res.body().contains("value=\"500\""));
            var notNumber = browser.post("/decks/" + deck + "/quizzes", Map.of("size", "ten"));
            assertEquals(400, notNumber.status());
            assertTrue(notNumber.body().contains("size must be a whole number"));
            assertEquals(0, app.count("SELECT count(*) FROM quizzes"));
        }
    }

    @Test
    void another_learners_quiz_is_not_found() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient ana = app.loggedIn("ana@example.org", "learner");
            long deck = app.deckId();
            String quizUrl = ana.startQuiz(deck, 3);
            WebClient bo = app.loggedIn("bo@example.org", "learner");
            assertEquals(404, bo.get(quizUrl).status());
            bo.get("/");
            assertEquals(404, bo.post(quizUrl + "/answers", Map.of("question_id", "1", "answer", "1944")).status());
            assertEquals(0, app.count("SELECT count(*) FROM answers"));
        }
    }

    @Test
    void no_question_in_a_quiz_gives_another_away() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient browser = app.loggedIn("ana@example.org", "learner");
            long deck = app.deckId();
            for (int round = 0; round < 5; round++) {
                browser.get("/decks/" + deck);
                var started = browser.post("/decks/" + deck + "/quizzes", Map.of("size", "6"));
                long quiz = Long.parseLong(started.location().replaceAll("\\D+", ""));
                var items = app.jdbi.withHandle(h -> h.createQuery("""
                        SELECT q.prompt, q.answer, q.source_sentence FROM quiz_items i JOIN questions q ON q.id = i.question_id
                        WHERE i.quiz_id = :quiz""").bind("quiz", quiz).mapToMap().list());
                assertEquals(4, items.size(), "one question for each of the deck's four facts");
                for (var a : items) {
                    for (var b : items) {
                        if (a == b) {
                            continue;
                        }
                        assertTrue(!a.get("source_sentence").equals(b.get("source_sentence")),
                                "two questions on one sentence: " + a.get("prompt") + " / " + b.get("prompt"));
                        String answer = b.get("answer").toString().toLowerCase();
                        assertTrue(!a.get("prompt").toString().toLowerCase().contains(answer),
                                "'" + a.get("prompt") + "' answers '" + b.get("prompt") + "'");
                    }
                }
            }
        }
    }
}
