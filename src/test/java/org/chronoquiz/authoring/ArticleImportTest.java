package org.chronoquiz.authoring;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instructor brings in an article the generator has never seen, reviews its drafts beside the text, and
 * learners get only what was accepted. Through HTTP, on the real database.
 */
class ArticleImportTest {
    static final Path ARTICLE = Path.of("src/test/resources/fixtures/articles/harbour-bridge.txt");
    private static final Pattern DRAFT = Pattern.compile("id=\"pick-(\\d+)\"");

    @TempDir
    Path tmp;

    static Map<String, String> fields(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", "Harbour bridge reopens");
        f.put("outlet", "City Gazette");
        f.put("published", "2024-04-15");
        f.put("text", text);
        return f;
    }

    static String article() throws IOException {
        return Files.readString(ARTICLE, StandardCharsets.UTF_8);
    }

    private static List<Long> drafts(String reviewPage) {
        Matcher m = DRAFT.matcher(reviewPage);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void a_pasted_article_becomes_drafts_that_learners_get_only_once_accepted() throws IOException {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            teacher.get("/instructor/articles/new");
            var posted = teacher.post("/instructor/articles", fields(article()));
            assertEquals(303, posted.status(), posted.body());
            String review = teacher.get(posted.location()).body();
            List<Long> drafts = drafts(review);
            assertTrue(drafts.size() >= 5, "the generator proposes questions on the article's dates: " + drafts);
            assertTrue(review.contains("<mark class=\"date\">March 2022</mark>"),
                    "each draft shows its source sentence with the date it asks about marked");
            assertTrue(review.contains("id=\"s-2\""), "the article is shown beside the drafts, its sentences anchored");
            long deck = app.count("SELECT d.id FROM decks d JOIN articles a ON a.id = d.article_id WHERE a.outlet = 'City Gazette'");
            assertFalse(learner.get("/").body().contains("Harbour bridge reopens"), "a deck of drafts only is not shown");
            assertEquals(404, learner.get("/decks/" + deck).status(), "nor opened by its address");
            assertEquals(200, teacher.get("/decks/" + deck).status(), "an instructor may look");

            teacher.get(posted.location());
            var accepted = teacher.post(posted.location() + "/drafts", Map.of("decision", "accept:" + drafts.get(0)));
            assertEquals(303, accepted.status(), accepted.body());
            var form = new LinkedHashMap<String, String>();
            form.put("decision", "reject");
            form.put("question", "" + drafts.get(1));
            teacher.get(posted.location());
            teacher.postMultipart(posted.location() + "/drafts", form, "unused", "", null);
            assertEquals("active", status(app, drafts.get(0)));
            assertEquals("retired", status(app, drafts.get(1)), "a rejected draft is kept retired, never asked");
            assertEquals("draft", status(app, drafts.get(2)));

            assertTrue(learner.get("/").body().contains("Harbour bridge reopens"), "an accepted question makes the deck show");
            assertEquals(200, learner.get("/decks/" + deck).status());
            String quiz = learner.startQuiz(deck, 50);
            assertEquals(List.of(drafts.get(0)), app.jdbi.withHandle(h -> h.createQuery(
                    "SELECT question_id FROM quiz_items WHERE quiz_id = " + WebClient.quizId(quiz)).mapTo(Long.class).list()),
                    "the quiz asks only the accepted question");

            teacher.get(posted.location());
            teacher.post(posted.location() + "/drafts", Map.of("decision", "accept-all"));
            assertEquals(0, app.count("SELECT count(*) FROM questions WHERE deck_id = " + deck + " AND status = 'draft'"));
            assertEquals(1, app.count("SELECT count(*) FROM questions WHERE deck_id = " + deck + " AND status = 'retired'"),
                    "accepting all leaves the rejected one rejected");
        }
    }

    private static String status(TestApp app, long id) {
        return app.jdbi.withHandle(h -> h.createQuery("SELECT status FROM questions WHERE id = " + id).mapTo(String.class).one());
    }

    @Test
    void an_uploaded_file_imports_like_pasted_text_and_the_same_article_again_adds_nothing() throws IOException {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            teacher.get("/instructor/articles/new");
            var form = fields("");
            form.put("state_owned", "yes");
            var uploaded = teacher.postMultipart("/instructor/articles", form, "file", "harbour.txt", Files.readAllBytes(ARTICLE));
            assertEquals(303, uploaded.status(), uploaded.body());
            assertEquals(1, app.count("SELECT count(*) FROM articles WHERE state_owned = TRUE AND outlet = 'City Gazette'"));
            long[] before = counts(app);

            teacher.get("/instructor/articles/new");
            var again = teacher.post("/instructor/articles", fields(article().replace("\n", "\r\n")));
            assertEquals(uploaded.location(), again.location(), "the same text, pasted with Windows line ends, is the same article");
            assertTrue(teacher.get(again.location()).body().contains("already here"));
            assertEquals(before[0], counts(app)[0]);
            assertEquals(before[1], counts(app)[1]);
            assertEquals(before[2], counts(app)[2]);

            // what a paste or an editor changes is no new article: the last newline lost, blank lines or trailing
            // blanks added, a longer gap between paragraphs, leading blank lines
            String article = article();
            for (String variant : List.of(article.strip(), "\n\n" + article, article.replace(".\n", ".  \t\n"),
                    article.replace("\n\n", "\n\n\n\n"), article.replace(". ", ".  "))) {
                teacher.get("/instructor/articles/new");
                var same = teacher.post("/instructor/articles", fields(variant));
                assertEquals(uploaded.location(), same.location(), variant);
                assertEquals(before[0], counts(app)[0]);
                assertEquals(before[2], counts(app)[2]);
            }

            teacher.get("/instructor/articles/new");
            String seed = Files.readString(Path.of("seeds/000_2ee458c0465a5763.txt"), StandardCharsets.UTF_8);
            var seeded = teacher.post("/instructor/articles", fields(seed));
            assertEquals("/instructor/articles/000_2ee458c0465a5763", seeded.location(), "a seed pasted in is the seed");
            assertEquals(before[2], counts(app)[2]);
        }
    }

    private static long[] counts(TestApp app) {
        return new long[]{app.count("SELECT count(*) FROM articles"), app.count("SELECT count(*) FROM decks"),
                app.count("SELECT count(*) FROM questions")};
    }

    static Stream<Object[]> badSubmissions() throws IOException {
        String text = article();
        return Stream.of(
                new Object[]{"title", "", text, "Give the title"},
                new Object[]{"outlet", "", text, "Give the outlet"},
                new Object[]{"published", "15/04/2024", text, "YYYY-MM-DD"},
                new Object[]{"published", "2031-01-01", text, "between 1900-01-01 and today"},
                new Object[]{"text", "", "   \n  ", "empty"},
                new Object[]{"text", "", "The minister spoke at length about the weather and the roads.", "No dates were found"},
                new Object[]{"text", "", text.replace("March 2022", "March\u0007 2022"), "Line 5 of the article text"},
                new Object[]{"text", "", text.replace("cracks", "\u202Ecracks"), "control or invisible character"},
                new Object[]{"text", "", "x".repeat(ArticleImport.MAX_CHARS + 1), "at most 100000 characters"});
    }

    @ParameterizedTest
    @MethodSource("badSubmissions")
    void a_bad_submission_names_its_field_and_stores_nothing(String field, String value, String text, String message) {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long[] before = counts(app);
            teacher.get("/instructor/articles/new");
            var form = fields(text);
            if (!field.equals("text")) {
                form.put(field, value);
            }
            var res = teacher.post("/instructor/articles", form);
            assertEquals(400, res.status(), res.body());
            assertTrue(res.body().contains("id=\"" + field + "-error\""), "the error sits beside " + field + ": " + res.body());
            assertTrue(res.body().contains(message), res.body());
            String kept = field.equals("title") ? "value=\"City Gazette\"" : "value=\"Harbour bridge reopens\"";
            assertTrue(res.body().contains(kept), "what was typed is kept");
            assertEquals(before[0], counts(app)[0]);
            assertEquals(before[2], counts(app)[2]);
        }
    }

    @Test
    void a_file_that_is_not_utf8_or_too_large_or_sent_with_text_is_refused() throws IOException {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long[] before = counts(app);
            teacher.get("/instructor/articles/new");
            byte[] latin1 = article().replace("euros", "\u20ac").getBytes(StandardCharsets.ISO_8859_1);
            latin1[10] = (byte) 0xE9;
            var notUtf8 = teacher.postMultipart("/instructor/articles", fields(""), "file", "a.txt", latin1);
            assertEquals(400, notUtf8.status());
            assertTrue(notUtf8.body().contains("not UTF-8"), notUtf8.body());

            teacher.get("/instructor/articles/new");
            var both = teacher.postMultipart("/instructor/articles", fields("pasted too"), "file", "a.txt", Files.readAllBytes(ARTICLE));
            assertEquals(400, both.status());
            assertTrue(both.body().contains("not both"));

            teacher.get("/instructor/articles/new");
            byte[] huge = new byte[ArticleImport.MAX_BYTES + 10];
            java.util.Arrays.fill(huge, (byte) 'a');
            var tooLarge = teacher.postMultipart("/instructor/articles", fields(""), "file", "a.txt", huge);
            assertEquals(400, tooLarge.status(), tooLarge.body());
            assertTrue(tooLarge.body().contains("The file is too large: at most 400 KB."), "said beside the file field");

            teacher.get("/instructor/articles/new");
            var broken = teacher.postBody("/instructor/articles", "multipart/form-data; boundary=XX",
                    "--XX\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nunterminated".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, broken.status(), "a broken multipart body is the client's error, not a 500");
            assertEquals(before[0], counts(app)[0]);
            assertEquals(before[2], counts(app)[2]);
        }
    }

    @Test
    void a_learner_cannot_import_or_review() throws IOException {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            learner.get("/");
            assertEquals(403, learner.post("/instructor/articles", fields(article())).status());
            assertEquals(403, learner.get("/instructor/articles/000_2ee458c0465a5763").status());
            assertEquals(1, app.count("SELECT count(*) FROM articles"));
        }
    }

    @Test
    void a_draft_edited_and_accepted_returns_to_its_place_in_the_review() throws IOException {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            teacher.get("/instructor/articles/new");
            String review = teacher.post("/instructor/articles", fields(article())).location();
            long id = drafts(teacher.get(review).body()).stream()
                    .filter(q -> status(app, q).equals("draft") && type(app, q).equals("typed")).findFirst().orElseThrow();
            String edit = teacher.get("/instructor/questions/" + id + "/edit?next=" + review + "%23q-" + id).body();
            assertTrue(edit.contains("Save and accept"));
            var form = new LinkedHashMap<String, String>();
            form.put("type", "typed");
            form.put("prompt", "In which month and year was the harbour bridge closed?");
            form.put("answer", "March 2022");
            form.put("choices", "");
            form.put("source_sentence", "");
            form.put("next", review + "#q-" + id);
            form.put("accept", "yes");
            var saved = teacher.post("/instructor/questions/" + id, form);
            assertEquals(303, saved.status(), saved.body());
            assertEquals(review + "#q-" + id, saved.location(), "back to the same place in the review");
            assertEquals("active", status(app, id));
        }
    }

    private static String type(TestApp app, long id) {
        return app.jdbi.withHandle(h -> h.createQuery("SELECT type FROM questions WHERE id = " + id).mapTo(String.class).one());
    }

    @Test
    void asking_about_a_sentence_starts_a_question_with_that_sentence_as_its_source() throws IOException {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            teacher.get("/instructor/articles/new");
            String review = teacher.post("/instructor/articles", fields(article())).location();
            String page = teacher.get(review).body();
            Matcher ask = Pattern.compile("href=\"(/instructor/questions/new\\?deck=\\d+&amp;sentence=3&amp;next=[^\"]+)\"").matcher(page);
            assertTrue(ask.find(), "every sentence has an ask link, back to the review page");
            String form = teacher.get(ask.group(1).replace("&amp;", "&")).body();
            assertTrue(form.contains("Repairs began in September 2022 and were expected to last eighteen months.</textarea>"), form);
            assertEquals(400, teacher.get(ask.group(1).replace("&amp;", "&").replace("sentence=3", "sentence=99")).status());
            long deck = app.count("SELECT id FROM decks WHERE title = 'Harbour bridge reopens'");
            String next = form.replaceAll("(?s).*name=\"next\" value=\"([^\"]*)\".*", "$1");
            assertEquals(review + "#s-3", next, "Cancel and Save go back to the sentence on the review page");
            var saved = teacher.post("/instructor/questions", Map.of("deck_id", "" + deck, "type", "typed",
                    "prompt", "When did the repairs begin?", "answer", "September 2022", "choices", "", "tolerance", "",
                    "source_sentence", "Repairs began in September 2022 and were expected to last eighteen months.",
                    "tags", "", "next", next));
            assertEquals(review + "#s-3", saved.location());
            int at = article().indexOf("September 2022");
            assertEquals(1, app.count("SELECT count(*) FROM questions WHERE origin = 'instructor' AND source_start = " + at
                    + " AND source_end = " + (at + "September 2022".length())), "the feedback can link to the date in the article");
            String selected = teacher.get("/instructor/questions/new?deck=" + deck + "&source="
                    + java.net.URLEncoder.encode("extra 40 million euros", StandardCharsets.UTF_8)).body();
            assertTrue(selected.contains(">extra 40 million euros</textarea>"), "words selected in the article become the source");
            assertTrue(page.contains("src=\"/public/ask-selection.js\""), "the review page offers asking about a selection");
        }
    }

    @Test
    void learners_read_the_article_with_its_dates_marked_and_feedback_links_to_the_sentence() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            long deck = app.deckId();
            String article = learner.get("/decks/" + deck + "/article").body();
            assertTrue(article.contains("State-owned outlet"), "the seed's outlet is state-owned, and the page says so");
            long qid = app.count("SELECT min(id) FROM questions WHERE type = 'typed' AND source_start IS NOT NULL");
            app.jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired' WHERE id <> " + qid));
            String quiz = learner.startQuiz(deck, 1);
            learner.get(quiz);
            Integer start = app.jdbi.withHandle(h -> h.createQuery("SELECT source_start FROM questions WHERE id = " + qid)
                    .mapTo(Integer.class).one());
            assertNotNull(start);
            var answered = learner.post(quiz + "/answers", Map.of("question_id", "" + qid, "answer", "1900"));
            String feedback = answered.status() == 303 ? learner.get(answered.location()).body() : answered.body();
            String link = "/decks/" + deck + "/article#d-" + start;
            assertTrue(feedback.contains("href=\"" + link + "\""), feedback);
            assertTrue(article.contains("<mark class=\"date\" id=\"d-" + start + "\""), "the link's anchor is on the article page");
        }
    }
}
