package org.chronoquiz.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * V14 builds SQLite's questions table again to widen its CHECK on type. On a database that already has questions,
 * answers, versions, tags and cards, every row stays, every foreign key still points at the questions table, and its
 * triggers still make cards. (PostgreSQL alters the CHECK in place; MigrationsTest compares the two schemas.)
 */
class QuestionTypesMigrationTest {
    @TempDir
    Path tmp;

    /** The last version before {@code version}, from the migration folders (V13 may be common or per dialect). */
    private static String before(int version) throws Exception {
        int last = 0;
        for (String folder : List.of("common", "sqlite")) {
            try (var files = java.nio.file.Files.list(Path.of(java.util.Objects.requireNonNull(
                    QuestionTypesMigrationTest.class.getResource("/db/migration/" + folder)).toURI()))) {
                for (Path f : files.toList()) {
                    int v = Integer.parseInt(f.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1"));
                    last = v < version ? Math.max(last, v) : last;
                }
            }
        }
        return Integer.toString(last);
    }

    @Test
    void the_rebuilt_table_keeps_its_rows_references_and_triggers() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("old.db");
        HikariConfig config = new HikariConfig();
        Dialect.SQLITE.configure(config, url);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Flyway.configure().dataSource(pool).locations(Dialect.SQLITE.migrations().toArray(String[]::new))
                    .target(before(14)).load().migrate();
            Jdbi.create(pool).useHandle(h -> {
                h.execute("INSERT INTO users (id, email, password_hash, role, created_at) VALUES (1, 'a@example.org', 'x', 'learner', 0)");
                h.execute("INSERT INTO decks (id, title) VALUES (1, 'Deck')");
                h.execute("INSERT INTO deck_learners (deck_id, user_id, added_at) VALUES (1, 1, 0)");
                h.execute("""
                        INSERT INTO questions (id, deck_id, qkey, type, prompt, answer, answer_value, choices, origin,
                                               created_at, updated_at, source_note, status, version)
                        VALUES (7, 1, 'k', 'cloze', 'It fell in _____.', '1989', '1989', '[]', 'generated', 5, 6, 'note', 'active', 2)""");
                h.execute("INSERT INTO question_versions (question_id, version, type, prompt, answer, choices, replaced_at) "
                        + "VALUES (7, 1, 'cloze', 'Old _____.', '1989', '[]', 6)");
                h.execute("INSERT INTO question_tags (question_id, tag) VALUES (7, 'wall')");
                h.execute("INSERT INTO quizzes (id, user_id, deck_id, size, started_at) VALUES (1, 1, 1, 1, 0)");
                h.execute("INSERT INTO quiz_items (quiz_id, position, question_id) VALUES (1, 0, 7)");
                h.execute("INSERT INTO answers (quiz_id, question_id, given, credit, answered_at) VALUES (1, 7, '1989', 1, 0)");
            });
        }
        try (Database db = Database.open(tmp.resolve("old.db").toString())) {
            db.jdbi().useHandle(h -> {
                assertEquals(List.of("7|1|k|cloze|1989|note|active|2|5|6"), h.createQuery("""
                        SELECT id || '|' || deck_id || '|' || qkey || '|' || type || '|' || answer_value || '|' || source_note
                               || '|' || status || '|' || version || '|' || created_at || '|' || updated_at FROM questions""")
                        .mapTo(String.class).list());
                assertEquals(1, h.createQuery("SELECT count(*) FROM cards WHERE question_id = 7").mapTo(Integer.class).one());
                assertEquals(List.of(), h.createQuery("SELECT \"table\" FROM pragma_foreign_key_check").mapTo(String.class).list());
                assertEquals(0, h.createQuery("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%questions_copy%'")
                        .mapTo(Integer.class).one(), "no reference was moved to the copy");
                h.execute("""
                        INSERT INTO questions (deck_id, qkey, type, prompt, answer, answer_value, origin, created_at, updated_at)
                        VALUES (1, 'n', 'numerical', 'In what year?', '1989', '1989:1', 'instructor', 9, 9)""");
                h.execute("""
                        INSERT INTO questions (deck_id, qkey, type, prompt, answer, origin, created_at, updated_at)
                        VALUES (1, 'c', 'cloze', 'Again _____.', '1990', 'instructor', 9, 9)""");
                assertEquals(2, h.createQuery("SELECT count(*) FROM cards").mapTo(Integer.class).one(),
                        "a new cloze question still makes its learners' cards");
                assertThrows(Exception.class, () -> h.execute("""
                        INSERT INTO questions (deck_id, qkey, type, prompt, answer, origin, created_at, updated_at)
                        VALUES (1, 'x', 'essay', 'Discuss.', '-', 'instructor', 9, 9)"""), "the CHECK still holds");
                assertThrows(Exception.class, () -> h.execute("DELETE FROM questions WHERE id = 7"),
                        "answers, cards, tags and versions still refer to the questions table");
            });
        }
    }
}
