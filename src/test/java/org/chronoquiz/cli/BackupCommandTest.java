package org.chronoquiz.cli;

import org.chronoquiz.TestApp;
import org.chronoquiz.TestClock;
import org.chronoquiz.TestDatabases;
import org.chronoquiz.WebClient;

import org.chronoquiz.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An operator backs up a running service and the copy serves the same learners and answers. */
class BackupCommandTest {
    @TempDir
    Path tmp;

    @Test
    void a_backup_taken_while_serving_holds_every_row_and_opens_as_a_database() {
        assumeFalse(TestDatabases.postgres(), "VACUUM INTO copies a SQLite file; PostgreSQL is backed up with pg_dump");
        try (TestApp app = TestApp.start(tmp)) {
            app.loggedIn("ada@example.org", "learner").startQuiz(app.deckId(), 3);
            Path copy = tmp.resolve("backups/copy.db");
            Shell.Run run = Shell.run("backup", "--db", app.db, copy.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().startsWith("backed up "), run.out());
            try (Database restored = Database.open(copy.toString())) {
                for (String table : new String[]{"users", "questions", "quizzes", "quiz_items", "cards", "sessions"}) {
                    long original = app.count("SELECT count(*) FROM " + table);
                    long backed = restored.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                            .mapTo(Long.class).one());
                    assertEquals(original, backed, table);
                }
            }
            Shell.Run again = Shell.run("backup", "--db", app.db, "--out", copy.toString());
            assertEquals(1, again.code(), "never overwrites");
            assertTrue(again.err().contains("already exists"));
            assertTrue(Files.exists(copy));
        }
    }

    @Test
    void restoring_is_serving_the_copy_and_the_learner_finds_their_quiz() {
        assumeFalse(TestDatabases.postgres(), "VACUUM INTO copies a SQLite file; PostgreSQL is restored with pg_restore");
        Path copy = tmp.resolve("copy.db");
        String quiz;
        TestClock clock;
        try (TestApp app = TestApp.start(tmp)) {
            clock = app.clock;
            quiz = app.loggedIn("ada@example.org", "learner").startQuiz(app.deckId(), 3);
            assertEquals(0, Shell.run("backup", "--db", app.db, "--out", copy.toString()).code());
        }
        try (TestApp restored = TestApp.restart(copy.toString(), clock)) {
            WebClient ada = restored.client();
            ada.login("ada@example.org", TestApp.PASSWORD);
            WebClient.Page page = ada.get(quiz);
            assertEquals(200, page.status(), "the quiz is in the restored copy");
        }
    }

    @Test
    void naming_no_copy_or_two_is_refused_with_the_usage() {
        Shell.Run none = Shell.run("backup", "--db", tmp.resolve("x.db").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("backup FILE"), none.err());
        Shell.Run two = Shell.run("backup", "--db", tmp.resolve("x.db").toString(), "a.db", "--out", "b.db");
        assertEquals(2, two.code());
    }

    @Test
    void on_postgresql_backup_refuses_and_names_the_tool_that_does_it() {
        assumeTrue(TestDatabases.postgres(), "a SQLite database is backed up by the test above");
        try (TestApp app = TestApp.start(tmp)) {
            Path copy = tmp.resolve("copy.db");
            Shell.Run run = Shell.run("backup", "--db", app.db, "--out", copy.toString());
            assertEquals(1, run.code(), run.out());
            assertTrue(run.err().contains("pg_dump"), run.err());
            assertTrue(Files.notExists(copy));
        }
    }
}
