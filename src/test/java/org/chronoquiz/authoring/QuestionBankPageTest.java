package org.chronoquiz.authoring;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instructor's question bank: filters, text search, tags, pages, and an edit that comes back to its place. */
class QuestionBankPageTest {
    private static final Pattern ROW = Pattern.compile("<tr id=\"q-(\\d+)\"");
    @TempDir
    Path tmp;

    private static int rows(String page) {
        Matcher m = ROW.matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Map<String, String> question(long deck, String prompt, String tags) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("deck_id", "" + deck);
        f.put("type", "typed");
        f.put("prompt", prompt);
        f.put("answer", "8 October 1980");
        f.put("choices", "");
        f.put("source_sentence", "");
        f.put("tags", tags);
        return f;
    }

    @Test
    void filters_search_tags_and_pages_find_questions_and_an_edit_returns_to_the_same_page() {
        try (TestApp app = TestApp.start(tmp)) {
            long deck = app.deckId();
            // the fixture bank is small: fill the deck past one page with the instructor's own questions
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            for (int i = 0; i < 55; i++) {
                teacher.get("/instructor/questions/new?deck=" + deck);
                var res = teacher.post("/instructor/questions", question(deck, "Treaty question number " + i + "?",
                        i % 2 == 0 ? "Treaties 1980s" : ""));
                assertEquals(303, res.status(), res.body());
            }
            long total = app.count("SELECT count(*) FROM questions WHERE deck_id = " + deck);
            String first = teacher.get("/instructor?deck=" + deck).body();
            assertEquals(BankQuery.PAGE_SIZE, rows(first));
            assertTrue(first.contains(total + " questions · page 1 of 2"), first);
            String second = teacher.get("/instructor?deck=" + deck + "&page=2").body();
            assertEquals(total - BankQuery.PAGE_SIZE, rows(second));
            var beyond = teacher.get("/instructor?deck=" + deck + "&page=99");
            assertEquals(302, beyond.status(), "a page past the last, not an empty table");
            assertEquals("/instructor?deck=" + deck + "&page=2", beyond.location());

            assertEquals(1, rows(teacher.get("/instructor?deck=" + deck + "&q=number+17%3F").body()), "text search");
            assertEquals(28, rows(teacher.get("/instructor?deck=" + deck + "&tag=treaties").body()), "tags are stored lower-case");
            assertEquals(0, rows(teacher.get("/instructor?deck=" + deck + "&q=%25").body()), "a typed % is a character, not a wildcard");
            String typed = teacher.get("/instructor?deck=" + deck + "&type=typed&status=active").body();
            assertTrue(typed.contains("56 questions"), "55 added and one from the article");
            assertEquals(0, rows(teacher.get("/instructor?deck=" + deck + "&status=draft").body()));

            String filtered = "/instructor?deck=" + deck + "&tag=treaties&page=1";
            String page = teacher.get(filtered).body();
            Matcher edit = Pattern.compile("href=\"(/instructor/questions/(\\d+)/edit\\?next=[^\"]+)\"").matcher(page);
            assertTrue(edit.find());
            long id = Long.parseLong(edit.group(2));
            teacher.get(edit.group(1));
            Map<String, String> form = question(deck, "Treaty question, edited?", "treaties");
            form.remove("deck_id");
            form.put("next", "/instructor?deck=" + deck + "&tag=treaties#q-" + id);
            var saved = teacher.post("/instructor/questions/" + id, form);
            assertEquals("/instructor?deck=" + deck + "&tag=treaties#q-" + id, saved.location(), "back to the same filtered list");

            for (String bad : new String[]{"type=essay", "status=gone", "page=0", "page=x", "q=" + "a".repeat(201)}) {
                var res = teacher.get("/instructor?deck=" + deck + "&" + bad);
                assertEquals(400, res.status(), bad);
            }
        }
    }

    @Test
    void a_bad_tag_or_an_overlong_choice_is_refused_and_nothing_stored() {
        try (TestApp app = TestApp.start(tmp)) {
            long deck = app.deckId();
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long before = app.count("SELECT count(*) FROM questions");
            teacher.get("/instructor/questions/new?deck=" + deck);
            var badTag = teacher.post("/instructor/questions", question(deck, "When was the treaty signed?", "<script>"));
            assertEquals(400, badTag.status());
            assertTrue(badTag.body().contains("id=\"tags-error\""), badTag.body());
            Map<String, String> mc = question(deck, "When was the treaty signed?", "");
            mc.put("type", "when");
            mc.put("choices", "8 October 1980\n" + "x".repeat(100_000));
            var longChoice = teacher.post("/instructor/questions", mc);
            assertEquals(400, longChoice.status());
            assertTrue(longChoice.body().contains("id=\"choices-error\""));
            assertEquals(before, app.count("SELECT count(*) FROM questions"));
            assertFalse(app.count("SELECT count(*) FROM question_tags") > 0);
        }
    }
}
