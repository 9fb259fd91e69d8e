package org.chronoquiz.authoring;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An instructor makes a deck of their own and renames one; a learner can do neither. */
class DecksPageTest {
    @TempDir
    Path tmp;

    @Test
    void an_instructor_creates_an_empty_deck_writes_into_it_and_renames_it() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            teacher.get("/instructor/decks");
            var created = teacher.post("/instructor/decks", Map.of("title", "  The Cold War, in dates "));
            assertEquals(303, created.status(), created.body());
            long id = app.count("SELECT id FROM decks WHERE title = 'The Cold War, in dates'");
            assertEquals("/instructor?deck=" + id, created.location(), "the bank opens on the new deck");
            assertTrue(teacher.get(created.location()).body().contains("The Cold War, in dates"));

            WebClient learner = app.loggedIn("learner@example.org", "learner");
            assertFalse(learner.get("/").body().contains("The Cold War"), "an empty deck stays hidden from learners");

            teacher.get("/instructor/decks");
            var renamed = teacher.post("/instructor/decks/" + id, Map.of("title", "Cold War dates"));
            assertEquals(303, renamed.status(), renamed.body());
            assertEquals(1, app.count("SELECT count(*) FROM decks WHERE id = " + id + " AND title = 'Cold War dates'"));
            WebClient.Page list = teacher.get("/instructor/decks");
            assertEquals(200, list.status(), list.body());
            assertTrue(list.body().contains("Deck renamed.") && list.body().contains("value=\"Cold War dates\""), list.body());
        }
    }

    @Test
    void a_bad_title_names_the_field_and_changes_nothing() {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            long decks = app.count("SELECT count(*) FROM decks");
            String seed = app.jdbi.withHandle(h -> h.createQuery("SELECT title FROM decks WHERE id = " + app.deckId())
                    .mapTo(String.class).one());
            for (String bad : new String[]{"   ", "x".repeat(201), "Cold\u202EWar", "a\u0000b"}) {
                teacher.get("/instructor/decks");
                var res = teacher.post("/instructor/decks", Map.of("title", bad));
                assertEquals(400, res.status(), bad);
                assertTrue(res.body().contains("id=\"title-error\""), "the error is beside the field: " + res.body());
                teacher.get("/instructor/decks");
                var rename = teacher.post("/instructor/decks/" + app.deckId(), Map.of("title", bad));
                assertEquals(400, rename.status());
                assertTrue(rename.body().contains("id=\"title-" + app.deckId() + "-error\""), rename.body());
            }
            assertEquals(decks, app.count("SELECT count(*) FROM decks"));
            assertEquals(seed, app.jdbi.withHandle(h -> h.createQuery("SELECT title FROM decks WHERE id = " + app.deckId())
                    .mapTo(String.class).one()));
            teacher.get("/instructor/decks");
            assertEquals(404, teacher.post("/instructor/decks/9999", Map.of("title", "Fine")).status());
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            learner.get("/");
            assertEquals(403, learner.post("/instructor/decks", Map.of("title", "Mine")).status());
        }
    }

    @Test
    void titles_are_unique_since_imports_and_exports_find_a_deck_by_its_title() throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            String seed = app.jdbi.withHandle(h -> h.createQuery("SELECT title FROM decks WHERE id = " + app.deckId())
                    .mapTo(String.class).one());
            long decks = app.count("SELECT count(*) FROM decks");
            teacher.get("/instructor/decks");
            var taken = teacher.post("/instructor/decks", Map.of("title", seed));
            assertEquals(400, taken.status());
            assertTrue(taken.body().contains("exists already"), taken.body());
            teacher.get("/instructor/decks");
            teacher.post("/instructor/decks", Map.of("title", "Cold War"));
            long cold = app.count("SELECT id FROM decks WHERE title = 'Cold War'");
            teacher.get("/instructor/decks");
            assertEquals(400, teacher.post("/instructor/decks/" + cold, Map.of("title", seed)).status());
            teacher.get("/instructor/decks");
            assertEquals(303, teacher.post("/instructor/decks/" + cold, Map.of("title", "Cold War")).status(), "its own title again is fine");
            assertEquals(decks + 1, app.count("SELECT count(*) FROM decks"));

            // an article whose title a deck has already gets its publication date in its deck's title
            teacher.get("/instructor/articles/new");
            var form = new java.util.HashMap<>(ArticleImportTest.fields(ArticleImportTest.article()));
            form.put("title", "Cold War");
            var imported = teacher.post("/instructor/articles", form);
            assertEquals(303, imported.status(), imported.body());
            assertEquals(1, app.count("SELECT count(*) FROM decks WHERE title = 'Cold War (" + form.get("published") + ")'"));
        }
    }
}
