package org.chronoquiz.quizzes;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.chronoquiz.decks.DeckDao;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner types a quarter and a season, as generated questions about earnings and seasons ask for them. */
class QuarterAndSeasonQuizTest {
    private static final Pattern QUESTION_ID = Pattern.compile("name=\"question_id\" value=\"(\\d+)\"");
    @TempDir
    Path tmp;

    /** A deck of its own, so a two-question quiz asks exactly these two. */
    private static long periodDeck(TestApp app) {
        return app.jdbi.withHandle(h -> {
            long deck = h.attach(DeckDao.class).insert(null, "Quarterly results");
            String insert = """
                    INSERT INTO questions (deck_id, qkey, type, prompt, answer, answer_value, source_sentence,
                                           origin, created_at, updated_at)
                    VALUES (?, ?, 'typed', ?, ?, ?, ?, 'generated', 0, 0)""";
            h.execute(insert, deck, "typed-quarter", "When did the airline report its first loss?",
                    "the third quarter of 1989", "1989-Q3", "The airline reported its first loss in the third quarter of 1989.");
            h.execute(insert, deck, "typed-season", "When did the talks begin?",
                    "spring 2011", "2011-SP", "The talks began in spring 2011.");
            return deck;
        });
    }

    @Test
    void a_typed_quarter_is_right_and_the_year_alone_for_a_season_is_half_credit() {
        try (TestApp app = TestApp.start(tmp)) {
            long deck = periodDeck(app);
            WebClient browser = app.loggedIn("ana@example.org", "learner");
            String quizUrl = browser.startQuiz(deck, 2);
            Map<String, String> answers = Map.of("typed-quarter", "Q3 1989", "typed-season", "2011");
            Map<String, String> hints = Map.of("typed-quarter", "Give the quarter and the year.",
                    "typed-season", "Give the season and the year.");
            for (int i = 0; i < 2; i++) {
                String page = browser.get(quizUrl).body();
                Matcher m = QUESTION_ID.matcher(page);
                assertTrue(m.find(), page);
                long qid = Long.parseLong(m.group(1));
                String key = app.jdbi.withHandle(h -> h.createQuery("SELECT qkey FROM questions WHERE id = " + qid)
                        .mapTo(String.class).one());
                assertTrue(page.contains(hints.get(key)), "the hint names the precision: " + page);
                var res = browser.post(quizUrl + "/answers", Map.of("question_id", "" + qid, "answer", answers.get(key)));
                assertEquals(303, res.status(), res.body());
                String feedback = browser.get(res.location()).body();
                if (key.equals("typed-quarter")) {
                    assertTrue(feedback.contains("<strong>Correct.</strong>"), feedback);
                } else {
                    assertTrue(feedback.contains("Half right."), feedback);
                    assertTrue(feedback.contains("Half credit: the year is right, but the answer is spring 2011."), feedback);
                }
            }
            assertEquals(1.0, credit(app, "typed-quarter"));
            assertEquals(0.5, credit(app, "typed-season"));
            String score = browser.get(quizUrl).body();
            assertTrue(score.contains("Your score: 75%"), score);
            assertTrue(score.contains("1.5 out of 2"), score);
        }
    }

    @Test
    void a_wrong_quarter_earns_nothing_and_says_how_far_off_it_is() {
        try (TestApp app = TestApp.start(tmp)) {
            long deck = periodDeck(app);
            WebClient browser = app.loggedIn("ana@example.org", "learner");
            String quizUrl = browser.startQuiz(deck, 2);
            long quarter = app.count("SELECT id FROM questions WHERE qkey = 'typed-quarter'");
            long season = app.count("SELECT id FROM questions WHERE qkey = 'typed-season'");
            browser.get(quizUrl);
            browser.post(quizUrl + "/answers", Map.of("question_id", "" + quarter, "answer", "second quarter of 1989"));
            String wrong = browser.get(quizUrl + "?after=" + quarter).body();
            assertTrue(wrong.contains("Not quite: three months early. The answer is the third quarter of 1989. Read as: second quarter of 1989."), wrong);
            browser.post(quizUrl + "/answers", Map.of("question_id", "" + season, "answer", "2011"));
            String partial = browser.get(quizUrl + "?after=" + season).body();
            assertTrue(partial.contains("Half credit: the year is right, but the answer is spring 2011."), partial);
            assertEquals(0.0, credit(app, "typed-quarter"));
            assertEquals(0.5, credit(app, "typed-season"));
        }
    }

    private static double credit(TestApp app, String key) {
        return app.jdbi.withHandle(h -> h.createQuery(
                "SELECT a.credit FROM answers a JOIN questions q ON q.id = a.question_id WHERE q.qkey = :key")
                .bind("key", key).mapTo(Double.class).one());
    }
}
