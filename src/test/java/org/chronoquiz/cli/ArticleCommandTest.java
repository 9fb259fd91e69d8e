package org.chronoquiz.cli;

import org.chronoquiz.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code article add}: the browser's import from the shell, drafts left for review. */
class ArticleCommandTest {
    private static final String ARTICLE = "src/test/resources/fixtures/articles/harbour-bridge.txt";
    @TempDir
    Path tmp;

    private Shell.Run add(String file, String... extra) {
        String[] base = {"article", "add", "--db", org.chronoquiz.TestDatabases.at(tmp.resolve("cq.db")), "--title", "Harbour bridge reopens",
                "--outlet", "City Gazette", "--published", "2024-04-15"};
        String[] args = java.util.stream.Stream.of(base, extra, new String[]{file}).flatMap(java.util.Arrays::stream)
                .toArray(String[]::new);
        return Shell.run(args);
    }

    private long count(String sql) {
        try (Database db = Database.open(org.chronoquiz.TestDatabases.at(tmp.resolve("cq.db")))) {
            return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
        }
    }

    @Test
    void adds_the_article_with_draft_questions_once() {
        Shell.Run first = add(ARTICLE, "--state-owned");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().matches("(?s)added “Harbour bridge reopens” \\(article a_[0-9a-f]{16}\\) with \\d+ draft questions; "
                + "review them at /instructor/articles/a_[0-9a-f]{16}\\n"), first.out());
        long drafts = count("SELECT count(*) FROM questions WHERE status = 'draft'");
        assertTrue(drafts > 0);
        assertEquals(0, count("SELECT count(*) FROM questions WHERE status <> 'draft'"), "nothing reaches learners unreviewed");
        assertEquals(1, count("SELECT count(*) FROM articles WHERE state_owned = TRUE AND published = '2024-04-15'"));

        Shell.Run again = add(ARTICLE);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("already there"), again.out());
        assertEquals(drafts, count("SELECT count(*) FROM questions"));
        assertEquals(1, count("SELECT count(*) FROM articles"));
    }

    @Test
    void bad_input_names_the_field_exits_1_and_stores_nothing() throws Exception {
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, "Le pont a rouvert le 15 avril 2024, a dit la r\u00e9gie.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Shell.Run notUtf8 = add(latin1.toString());
        assertEquals(1, notUtf8.code());
        assertTrue(notUtf8.err().contains("article add: file: The file is not UTF-8 text."), notUtf8.err());

        Shell.Run badDate = Shell.run("article", "add", "--db", org.chronoquiz.TestDatabases.at(tmp.resolve("cq.db")), "--title", "T",
                "--outlet", "O", "--published", "April 2024", ARTICLE);
        assertEquals(1, badDate.code());
        assertTrue(badDate.err().contains("article add: published: Write the publication date as YYYY-MM-DD"), badDate.err());
        assertEquals(0, count("SELECT count(*) FROM articles"));

        Shell.Run missing = add(tmp.resolve("absent.txt").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"));
    }
}
