package org.chronoquiz.cli;

import org.chronoquiz.TestApp;
import org.chronoquiz.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An operator backs up a running service and the copy serves the same learners and answers. */
class BackupCommandTest {
    @TempDir
    Path tmp;

    @Test
    void a_backup_taken_while_serving_holds_every_row_and_opens_as_a_database() {
        try (TestApp app = TestApp.start(tmp)) {
            app.loggedIn("ada@example.org", "learner").startQuiz(app.deckId(), 3);
            Path copy = tmp.resolve("backups/copy.db");
            Shell.Run run = Shell.run("backup", "--db", app.dbFile.toString(), "--out", copy.toString());
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
            Shell.Run again = Shell.run("backup", "--db", app.dbFile.toString(), "--out", copy.toString());
            assertEquals(1, again.code(), "never overwrites");
            assertTrue(again.err().contains("already exists"));
            assertTrue(Files.exists(copy));
        }
    }
}
