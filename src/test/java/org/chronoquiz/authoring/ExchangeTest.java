package org.chronoquiz.authoring;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.chronoquiz.formats.Formats;
import org.chronoquiz.formats.QuestionFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Questions out to a file and back in, through the instructor's page: all or nothing, and idempotent. */
class ExchangeTest {
    private static final String SEED_DECK = "Stalwart Allies and Close Friends: Long History of Russia-Syria Ties";
    private static final java.util.Set<String> LOSSLESS = java.util.Set.of("json", "csv", "gift", "anki", "moodle-xml");
    @TempDir
    Path tmp;

    private static byte[] download(WebClient teacher, String format) {
        var page = teacher.get("/instructor/export?format=" + format + "&deck=" + URLEncoder.encode(SEED_DECK, StandardCharsets.UTF_8));
        assertEquals(200, page.status(), format + ": " + page.body());
        assertTrue(page.header("Content-Disposition").startsWith("attachment; filename=\""), format);
        return page.body().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> fields(String format, String deck) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("format", format);
        f.put("deck", deck);
        return f;
    }

    @Test
    void every_readable_format_exported_and_imported_again_adds_nothing() throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long before = app.count("SELECT count(*) FROM questions");
            var apkg = teacher.get("/instructor/export?format=apkg");
            assertEquals(200, apkg.status());
            assertTrue(apkg.header("Content-Disposition").endsWith(".apkg\""), "a package for Anki, all decks");
            for (QuestionFormat f : new Formats().all()) {
                if (!f.readable() || f.name().equals("apkg")) {
                    continue;
                }
                byte[] file = download(teacher, f.name());
                teacher.get("/instructor/exchange");
                var res = teacher.postMultipart("/instructor/import", fields(f.name(), ""), "file", "bank." + f.extension(), file);
                assertEquals(303, res.status(), f.name() + ": " + res.body());
                String flash = teacher.get("/instructor/exchange").body();
                // these carry every field of ours; a format that cannot may update, never add
                assertTrue(flash.contains(LOSSLESS.contains(f.name()) ? ": 0 added, 0 updated" : ": 0 added"), f.name());
                assertEquals(before, app.count("SELECT count(*) FROM questions"), f.name() + ": the same questions, matched by key");
            }
        }
    }

    @Test
    void our_json_round_trips_into_a_new_deck_and_a_second_import_changes_nothing() throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            String json = new String(download(teacher, "json"), StandardCharsets.UTF_8);
            long exported = app.count("SELECT count(*) FROM questions WHERE status = 'active'");
            byte[] renamed = json.replace("\"deck\" : \"" + SEED_DECK + "\"", "\"deck\" : \"Copy\"").getBytes(StandardCharsets.UTF_8);
            teacher.get("/instructor/exchange");
            assertEquals(303, teacher.postMultipart("/instructor/import", fields("json", ""), "file", "copy.json", renamed).status());
            long copy = app.count("SELECT id FROM decks WHERE title = 'Copy'");
            assertEquals(exported, app.count("SELECT count(*) FROM questions WHERE deck_id = " + copy));
            assertEquals(0, app.count("""
                    SELECT count(*) FROM questions a JOIN questions b ON a.qkey = b.qkey AND b.deck_id = %d
                    WHERE a.deck_id = %d AND (a.prompt <> b.prompt OR a.answer <> b.answer OR a.choices <> b.choices
                       OR coalesce(a.answer_value, '') <> coalesce(b.answer_value, '')
                       OR coalesce(a.source_start, -1) <> coalesce(b.source_start, -1)
                       OR coalesce(a.source_note, '') <> coalesce(b.source_note, ''))""".formatted(copy, app.deckId())),
                    "every field came back as it went out");
            teacher.get("/instructor/exchange");
            teacher.postMultipart("/instructor/import", fields("json", ""), "file", "copy.json", renamed);
            assertTrue(teacher.get("/instructor/exchange").body().contains("0 added, 0 updated, " + exported + " unchanged"));
        }
    }

    @Test
    void a_file_with_one_bad_question_is_refused_whole_with_the_reason() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long before = app.count("SELECT count(*) FROM questions");
            String file = """
                    [
                      {"key": "ok-1", "type": "typed", "prompt": "When did the USSR and Syria sign their treaty?", "answer": "8 October 1980", "choices": []},
                      {"key": "bad-2", "type": "cloze", "prompt": "No blank here.", "answer": "1980", "choices": []}
                    ]""";
            teacher.get("/instructor/exchange");
            var res = teacher.postMultipart("/instructor/import", fields("json", "Imported"), "file", "q.json",
                    file.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, res.status());
            assertTrue(res.body().contains("Question 2 (bad-2): A cloze prompt needs a blank"), res.body());
            assertEquals(before, app.count("SELECT count(*) FROM questions"), "all or nothing: the good one is not stored either");
            assertEquals(0, app.count("SELECT count(*) FROM decks WHERE title = 'Imported'"));

            teacher.get("/instructor/exchange");
            var broken = teacher.postMultipart("/instructor/import", fields("json", "Imported"), "file", "q.json",
                    "[\n  {\"key\": \"x\",\n  oops\n]".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, broken.status());
            assertTrue(broken.body().contains("line 3"), broken.body().replaceAll("(?s).*(<p class=\"error\"[^<]*).*", "$1"));
            teacher.get("/instructor/exchange");
            byte[] big = ("[" + "\"" + "x".repeat(2_500_000) + "\"").getBytes(StandardCharsets.UTF_8); // past 1 MB: read from disk
            var large = teacher.postMultipart("/instructor/import", fields("json", "Imported"), "file", "big.json", big);
            assertEquals(400, large.status(), "a large file is read (from a temporary file) and refused for what it is");
            assertTrue(large.body().contains("not JSON"), large.body().replaceAll("(?s).*(<p class=\"error\"[^<]*).*", "$1"));
            teacher.get("/instructor/exchange");
            var unknown = teacher.postMultipart("/instructor/import", fields("", "Imported"), "file", "q.docx", new byte[]{1});
            assertEquals(400, unknown.status());
            assertTrue(unknown.body().contains("id=\"format-error\""));
        }
    }

    @Test
    void learners_may_not_export_or_import() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            assertEquals(403, learner.get("/instructor/export?format=json").status());
        }
    }

    @Test
    void a_deck_with_nothing_to_export_says_so_instead_of_an_empty_download() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            teacher.get("/instructor/decks");
            teacher.post("/instructor/decks", Map.of("title", "Empty for now"));
            var res = teacher.get("/instructor/export?format=gift&deck=Empty+for+now");
            assertEquals(400, res.status());
            assertTrue(res.body().contains("has no active questions to export yet"), res.body());
        }
    }
}
