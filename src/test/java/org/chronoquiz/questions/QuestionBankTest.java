package org.chronoquiz.questions;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.TestClock;
import org.chronoquiz.storage.Database;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped bank (seeds/ and questions/) loads completely, once, and reloading changes nothing. */
class QuestionBankTest {
    private final java.util.List<Database> opened = new java.util.ArrayList<>();

    private Jdbi open(Path file) {
        Database db = Database.open(org.chronoquiz.TestDatabases.at(file));
        opened.add(db);
        return db.jdbi();
    }

    @org.junit.jupiter.api.AfterEach
    void closePools() {
        opened.forEach(Database::close);
    }

    @TempDir
    Path tmp;

    private long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void the_shipped_bank_loads_once_and_a_restart_adds_nothing() throws Exception {
        Jdbi jdbi = open(tmp.resolve("bank.db"));
        QuestionBank bank = new QuestionBank(jdbi, new TestClock(Instant.parse("2026-01-01T00:00:00Z")));
        int inFile = new ObjectMapper().readTree(Path.of("questions/000_2ee458c0465a5763.json").toFile()).size();
        assertEquals(inFile, bank.load(Path.of("seeds"), Path.of("questions")));
        assertEquals(0, bank.load(Path.of("seeds"), Path.of("questions")), "a restart adds nothing");
        assertEquals(inFile, count(jdbi, "SELECT count(*) FROM questions"));
        assertEquals(1, count(jdbi, "SELECT count(*) FROM decks"));
        assertEquals(1, count(jdbi, "SELECT count(*) FROM articles WHERE outlet = 'Sputnik' AND published = '2023-03-15'"));
        for (String type : new String[]{"when", "typed", "cloze", "what_happened", "timeline"}) {
            assertTrue(count(jdbi, "SELECT count(*) FROM questions WHERE type = '" + type + "'") > 0, type);
        }
        assertEquals(0, count(jdbi, "SELECT count(*) FROM questions q JOIN articles a ON 1 = 1 "
                + "WHERE q.source_start IS NOT NULL AND substr(a.body, q.source_start + 1, q.source_end - q.source_start) = ''"),
                "every source span points into the article text");
    }

    @Test
    void a_retired_question_stays_retired_after_a_restart() {
        Jdbi jdbi = open(tmp.resolve("bank.db"));
        QuestionBank bank = new QuestionBank(jdbi, new TestClock(Instant.parse("2026-01-01T00:00:00Z")));
        bank.load(Path.of("seeds"), Path.of("questions"));
        jdbi.useHandle(h -> h.execute("UPDATE questions SET status = 'retired', prompt = 'edited' WHERE id = 1"));
        bank.load(Path.of("seeds"), Path.of("questions"));
        assertEquals(1, count(jdbi, "SELECT count(*) FROM questions WHERE id = 1 AND status = 'retired' AND prompt = 'edited'"));
    }

    @Test
    void a_malformed_question_file_names_the_entry_and_field_and_loads_nothing() throws Exception {
        Path questions = Files.createDirectories(tmp.resolve("questions"));
        Files.writeString(questions.resolve("000_2ee458c0465a5763.json"),
                "[{\"key\": \"a\", \"type\": \"typed\", \"prompt\": \"When?\", \"answer\": \"1944\"},"
                        + " {\"key\": \"b\", \"type\": \"typed\", \"prompt\": \"When?\"}]");
        Jdbi jdbi = open(tmp.resolve("bank.db"));
        QuestionBank bank = new QuestionBank(jdbi, new TestClock(Instant.parse("2026-01-01T00:00:00Z")));
        var e = assertThrows(IllegalArgumentException.class, () -> bank.load(Path.of("seeds"), questions));
        assertTrue(e.getMessage().contains("entry 1") && e.getMessage().contains("'answer'"), e.getMessage());
        assertEquals(0, count(jdbi, "SELECT count(*) FROM questions"));
    }

    @Test
    void a_question_the_reviewed_bank_dropped_is_retired_unless_an_instructor_edited_it() throws Exception {
        Jdbi jdbi = open(tmp.resolve("bank.db"));
        TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
        QuestionBank bank = new QuestionBank(jdbi, clock);
        Path old = Files.createDirectories(tmp.resolve("old"));
        Files.writeString(old.resolve("000_2ee458c0465a5763.json"), """
                [{"key": "typed-1", "type": "typed", "prompt": "When? Give the year.", "answer": "1944", "answer_value": "1944"},
                 {"key": "typed-2", "type": "typed", "prompt": "When then? Give the year.", "answer": "1980", "answer_value": "1980"},
                 {"key": "typed-3", "type": "typed", "prompt": "And when? Give the year.", "answer": "2015", "answer_value": "2015"}]""");
        bank.load(Path.of("seeds"), old);
        jdbi.useHandle(h -> h.execute("UPDATE questions SET prompt = 'edited', updated_at = updated_at + 1 WHERE qkey = 'typed-3'"));
        Path reviewed = Files.createDirectories(tmp.resolve("reviewed"));
        Files.writeString(reviewed.resolve("000_2ee458c0465a5763.json"), """
                [{"key": "typed-1", "type": "typed", "prompt": "When? Give the year.", "answer": "1944", "answer_value": "1944"}]""");
        bank.load(Path.of("seeds"), reviewed);
        assertEquals(0, count(jdbi, "SELECT count(*) FROM questions WHERE qkey = 'typed-1' AND status = 'retired'"));
        assertEquals(1, count(jdbi, "SELECT count(*) FROM questions WHERE qkey = 'typed-2' AND status = 'retired'"),
                "dropped by the review: retired");
        assertEquals(0, count(jdbi, "SELECT count(*) FROM questions WHERE qkey = 'typed-3' AND status = 'retired'"),
                "an instructor's edit is kept");
    }
}
