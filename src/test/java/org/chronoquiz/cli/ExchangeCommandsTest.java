package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import} and {@code export} from the shell, as another tool would drive them. */
class ExchangeCommandsTest {
    private static final String BANK = "questions/000_2ee458c0465a5763.json";
    @TempDir
    Path tmp;

    private String db() {
        return org.chronoquiz.TestDatabases.at(tmp.resolve("cq.db"));
    }

    @Test
    void the_reviewed_bank_imports_into_a_named_deck_once_and_exports_back_the_same_questions() throws Exception {
        Shell.Run first = Shell.run("import", "--deck", "Russia and Syria", "--db", db(), BANK);
        assertEquals(0, first.code(), first.err());
        int count = new ObjectMapper().readTree(Path.of(BANK).toFile()).size();
        assertEquals("imported " + BANK + ": " + count + " added, 0 updated, 0 unchanged, into Russia and Syria\n", first.out());
        Shell.Run again = Shell.run("import", "--deck", "Russia and Syria", "--db", db(), BANK);
        assertTrue(again.out().contains("0 added, 0 updated, " + count + " unchanged"), again.out());

        Path out = tmp.resolve("out.json");
        Shell.Run export = Shell.run("export", "--format", "json", "--deck", "Russia and Syria", "--out", out.toString(), "--db", db());
        assertEquals(0, export.code(), export.err());
        JsonNode original = new ObjectMapper().readTree(Path.of(BANK).toFile());
        JsonNode exported = new ObjectMapper().readTree(out.toFile());
        assertEquals(original.size(), exported.size());
        for (int i = 0; i < original.size(); i++) {
            JsonNode o = original.get(i);
            JsonNode e = exported.findParents("key").stream().filter(n -> n.get("key").equals(o.get("key"))).findFirst().orElseThrow();
            for (String field : new String[]{"type", "prompt", "answer", "answer_value", "choices", "source"}) {
                assertEquals(o.get(field), e.get(field), o.get("key") + " " + field);
            }
            assertEquals("Russia and Syria", e.get("deck").asText());
        }
    }

    @Test
    void bad_files_and_formats_exit_non_zero_and_store_nothing() throws Exception {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "[\n{\"key\": 1,\n oops]");
        Shell.Run bad = Shell.run("import", "--deck", "D", "--db", db(), broken.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("line 3"), bad.err());
        Shell.Run noDeck = Shell.run("import", "--db", db(), BANK);
        assertEquals(1, noDeck.code());
        assertTrue(noDeck.err().contains("names no deck"), noDeck.err());
        Shell.Run unknown = Shell.run("export", "--format", "docx", "--db", db());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown --format 'docx'"));
        Shell.Run guess = Shell.run("import", "--db", db(), tmp.resolve("absent.gift2").toString());
        assertEquals(2, guess.code());
        Shell.Run count = Shell.run("export", "--format", "json", "--db", db());
        assertEquals(1, count.code(), "nothing was stored, so nothing to export: " + count.out());
        assertTrue(count.err().contains("No deck has active questions to export yet"), count.err());
    }
}
