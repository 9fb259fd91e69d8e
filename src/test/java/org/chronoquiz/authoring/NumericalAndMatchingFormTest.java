package org.chronoquiz.authoring;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An instructor writes numerical and matching questions in the form, and brings them in from GIFT. */
class NumericalAndMatchingFormTest {
    @TempDir
    Path tmp;

    private static Map<String, String> question(long deck, String type, String prompt, String answer, String tolerance,
                                                String choices) {
        Map<String, String> f = new HashMap<>();
        f.put("deck_id", "" + deck);
        f.put("type", type);
        f.put("prompt", prompt);
        f.put("answer", answer);
        f.put("tolerance", tolerance);
        f.put("choices", choices);
        f.put("source_sentence", "");
        return f;
    }

    private static String row(TestApp app, String column) {
        return app.jdbi.withHandle(h -> h.createQuery("SELECT " + column + " FROM questions WHERE origin = 'instructor'")
                .mapTo(String.class).one());
    }

    @Test
    void a_numerical_question_keeps_its_tolerance_and_partial_credit_and_an_edit_of_the_tolerance_is_a_new_version() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long deck = app.deckId();
            teacher.get("/instructor/questions/new?deck=" + deck);
            var res = teacher.post("/instructor/questions", question(deck, "numerical", "In what year did the Berlin Wall fall?",
                    "1,989", "1", "50% 1989 ± 3"));
            assertEquals(303, res.status(), res.body());
            assertEquals("1989", row(app, "answer"), "read as a person means it");
            assertEquals("1989:1", row(app, "answer_value"));
            assertEquals("[\"50% 1989:3\"]", row(app, "choices"), "written one way");
            long id = app.count("SELECT id FROM questions WHERE origin = 'instructor'");
            String edit = teacher.get("/instructor/questions/" + id + "/edit").body();
            assertTrue(edit.contains("name=\"tolerance\" type=\"text\"") && edit.contains("value=\"1\""), edit);
            assertTrue(edit.contains("50% 1989:3</textarea>"), edit);
            assertTrue(teacher.get("/instructor?deck=" + deck).body().contains("1989 ± 1"), "the bank shows the tolerance");

            var edited = teacher.post("/instructor/questions/" + id, question(deck, "numerical",
                    "In what year did the Berlin Wall fall?", "1989", "2", "50% 1989:3"));
            assertEquals(303, edited.status(), edited.body());
            assertEquals("1989:2", row(app, "answer_value"));
            assertEquals(2, app.count("SELECT version FROM questions WHERE id = " + id), "a tolerance is part of what learners saw");
            assertEquals("1989:1", app.jdbi.withHandle(h -> h.createQuery(
                    "SELECT answer_value FROM question_versions WHERE question_id = " + id).mapTo(String.class).one()));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1989|-1||tolerance|The tolerance cannot be negative",
            "1989|one||tolerance|The tolerance is a number",
            "1989|11111111111111111111111111111111111111111||tolerance|Keep it under 40 characters",
            "nineteen eighty-nine|||answer|is a number, such as 2013",
            "|||answer|Give the answer: a number",
            "1989||half 1989:3|choices|“half 1989:3” is not",
            "1989||0% 1989:3|choices|earns nothing",
            "1989||50% 1989:-3|choices|“50% 1989:-3” is not",
    })
    void a_bad_numerical_question_comes_back_naming_its_field_and_nothing_is_stored(String answer, String tolerance,
                                                                                 String choices, String field, String message) {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long deck = app.deckId();
            long before = app.count("SELECT count(*) FROM questions");
            teacher.get("/instructor/questions/new?deck=" + deck);
            var res = teacher.post("/instructor/questions", question(deck, "numerical", "In what year did the Wall fall?",
                    answer == null ? "" : answer, tolerance == null ? "" : tolerance, choices == null ? "" : choices));
            assertEquals(400, res.status(), res.body());
            assertTrue(res.body().contains("id=\"" + field + "-error\""), "the error is beside " + field);
            assertTrue(res.body().contains(message), message + " in " + res.body().replaceAll("(?s).*(<p class=\"error\"[^<]*).*", "$1"));
            assertEquals(before, app.count("SELECT count(*) FROM questions"));
        }
    }

    @Test
    void a_matching_question_is_written_as_pairs_and_edited_as_pairs() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long deck = app.deckId();
            teacher.get("/instructor/questions/new?deck=" + deck);
            var res = teacher.post("/instructor/questions", question(deck, "matching", "Match the treaties with their cities.",
                    "", "", "Treaty of Moscow -> Moscow\nTreaty of Damascus -> Damascus\n-> Paris"));
            assertEquals(303, res.status(), res.body());
            assertEquals("[\"Treaty of Moscow\",\"Treaty of Damascus\"]", row(app, "choices"));
            assertEquals("Moscow\nDamascus\nParis", row(app, "answer"));
            long id = app.count("SELECT id FROM questions WHERE origin = 'instructor'");
            String edit = teacher.get("/instructor/questions/" + id + "/edit").body();
            assertTrue(edit.contains("Treaty of Moscow -&gt; Moscow\nTreaty of Damascus -&gt; Damascus\n-&gt; Paris</textarea>"), edit);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Canada -> Ottawa||choices|Give 2 to 10 pairs",
            "Canada -> Ottawa\\nItaly Rome||choices|has no -&gt;.",
            "Canada -> Ottawa\\nCanada -> Toronto||choices|is paired twice",
            "Canada -> Ottawa\\nItaly ->||choices|matches nothing",
            "Canada -> Ottawa\\nItaly -> Rome|2|tolerance|Only numerical questions have a tolerance",
    })
    void a_bad_matching_question_comes_back_naming_its_field_and_nothing_is_stored(String choices, String tolerance,
                                                                                String field, String message) {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long deck = app.deckId();
            long before = app.count("SELECT count(*) FROM questions");
            teacher.get("/instructor/questions/new?deck=" + deck);
            var res = teacher.post("/instructor/questions", question(deck, "matching", "Match the capitals.", "",
                    tolerance == null ? "" : tolerance, choices.replace("\\n", "\n")));
            assertEquals(400, res.status(), res.body());
            assertTrue(res.body().contains("id=\"" + field + "-error\""), "the error is beside " + field);
            assertTrue(res.body().contains(message), message);
            assertEquals(before, app.count("SELECT count(*) FROM questions"));
        }
    }

    private static final String GIFT = """
            $CATEGORY: Numbers

            ::wall:: In what year did the Berlin Wall fall? {#
              =1989:0
              =%50%1989:2
            }

            ::capitals:: Match countries with capitals. {
              =Canada -> Ottawa
              =Italy -> Rome
              = -> Paris
            }
            """;

    private static Map<String, String> importing(String deck) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("format", "gift");
        f.put("deck", deck);
        return f;
    }

    @Test
    void gift_numerical_and_matching_import_once_and_a_bad_one_stops_the_whole_file_with_its_line() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long before = app.count("SELECT count(*) FROM questions");
            teacher.get("/instructor/exchange");
            var res = teacher.postMultipart("/instructor/import", importing(""), "file", "q.gift", GIFT.getBytes(StandardCharsets.UTF_8));
            assertEquals(303, res.status(), res.body());
            assertEquals(before + 2, app.count("SELECT count(*) FROM questions"));
            assertEquals(1, app.count("SELECT count(*) FROM questions q JOIN decks d ON d.id = q.deck_id WHERE d.title = 'Numbers' "
                    + "AND q.type = 'numerical' AND q.answer = '1989' AND q.answer_value = '1989:0' AND q.choices = '[\"50% 1989:2\"]'"));
            assertEquals(1, app.count("SELECT count(*) FROM questions WHERE type = 'matching' AND answer = 'Ottawa\nRome\nParis'"));
            teacher.get("/instructor/exchange");
            teacher.postMultipart("/instructor/import", importing(""), "file", "q.gift", GIFT.getBytes(StandardCharsets.UTF_8));
            assertTrue(teacher.get("/instructor/exchange").body().contains("0 added, 0 updated, 2 unchanged"));

            String bad = GIFT.replace("::wall::", "::wall-2::").replace("::capitals::", "::capitals-2::")
                    .replace("=Italy -> Rome", "=Italy Rome");
            teacher.get("/instructor/exchange");
            var refused = teacher.postMultipart("/instructor/import", importing(""), "file", "bad.gift", bad.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, refused.status());
            assertTrue(refused.body().contains("line 8: every answer of a matching question is a pair"),
                    refused.body().replaceAll("(?s).*(<p class=\"error\"[^<]*).*", "$1"));
            assertEquals(before + 2, app.count("SELECT count(*) FROM questions"), "all or nothing: wall-2 is not stored either");

            String badNumber = GIFT.replace("::wall::", "::wall-3::").replace("=1989:0", "=1989:-1");
            teacher.get("/instructor/exchange");
            var negative = teacher.postMultipart("/instructor/import", importing(""), "file", "bad.gift", badNumber.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, negative.status());
            assertTrue(negative.body().contains("line 3: a numerical answer is a number"),
                    negative.body().replaceAll("(?s).*(<p class=\"error\"[^<]*).*", "$1"));
            assertEquals(before + 2, app.count("SELECT count(*) FROM questions"));
        }
    }

    @Test
    void a_moodle_xml_left_item_holding_an_arrow_is_refused_naming_the_question_and_nothing_is_stored() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="numerical"><name><text>wall</text></name><questiontext><text>Year?</text></questiontext>
                    <answer fraction="100"><text>1989</text></answer></question>
                  <question type="matching"><name><text>steps</text></name><questiontext><text>Match.</text></questiontext>
                    <subquestion><text>Talks -> deal</text><answer><text>2019</text></answer></subquestion>
                    <subquestion><text>Deal signed</text><answer><text>2020</text></answer></subquestion>
                  </question>
                </quiz>
                """;
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long before = app.count("SELECT count(*) FROM questions");
            teacher.get("/instructor/exchange");
            Map<String, String> f = importing("Moodle");
            f.put("format", "moodle-xml");
            var refused = teacher.postMultipart("/instructor/import", f, "file", "q.xml", xml.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, refused.status());
            assertTrue(refused.body().contains("Question 2 (steps): the left item “Talks -&gt; deal” contains “-&gt;”"),
                    refused.body().replaceAll("(?s).*(<p class=\"error\"[^<]*).*", "$1"));
            assertEquals(before, app.count("SELECT count(*) FROM questions"), "all or nothing: wall is not stored either");
        }
    }
}
