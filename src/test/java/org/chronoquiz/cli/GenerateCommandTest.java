package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generate command run in-process, as the jar runs it, with System.out and System.err captured. */
class GenerateCommandTest {
    private static final String SEED = "seeds/000_2ee458c0465a5763.txt";
    @TempDir
    Path tmp;

    @Test
    void prints_a_json_array_of_snake_case_questions() throws Exception {
        Shell.Run run = Shell.run("generate", SEED);
        assertEquals(0, run.code(), run.err());
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertTrue(array.isArray() && array.size() > 0);
        for (JsonNode q : array) {
            List<String> fields = names(q.fieldNames());
            assertEquals(List.of("key", "type", "prompt", "answer", "answer_value", "choices", "source"), fields);
            assertTrue(q.get("choices").isArray());
            assertTrue(q.get("answer_value").isTextual() || q.get("answer_value").isNull());
            JsonNode source = q.get("source");
            List<String> sourceFields = names(source.fieldNames());
            assertEquals(List.of("sentence", "start", "end"), sourceFields.subList(0, 3));
            if (sourceFields.size() > 3) { // a date the text does not write ("Wednesday") says how it was worked out
                assertEquals(List.of("note"), sourceFields.subList(3, sourceFields.size()));
                assertTrue(source.get("note").asText().contains("worked out from the article's own"));
            }
            assertTrue(source.get("start").isInt() && source.get("end").isInt());
        }
        assertTrue(run.out().startsWith("[\n  {\n    \"key\""), "pretty-printed");
    }

    @Test
    void dct_option_overrides_the_sidecar() throws Exception {
        Path txt = tmp.resolve("a.txt");
        Files.writeString(txt, "The latest round of talks took place on November 22-23 in Astana.");
        JsonNode array = new ObjectMapper().readTree(Shell.run("generate", "--dct", "2021-03-01", txt.toString()).out());
        assertTrue(array.size() > 0);
        for (JsonNode q : array) {
            if (!q.get("answer_value").isNull()) {
                assertEquals("2020-11-22", q.get("answer_value").asText());
            }
        }
    }

    @Test
    void a_missing_file_is_an_error() {
        Shell.Run run = Shell.run("generate", tmp.resolve("absent.txt").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no such file"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void a_malformed_dct_is_an_error() {
        Shell.Run run = Shell.run("generate", "--dct", "15/03/2023", SEED);
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--dct"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void no_dct_anywhere_is_an_error() throws Exception {
        Path txt = tmp.resolve("b.txt");
        Files.writeString(txt, "Putin visited Damascus on January 7, 2020.");
        Shell.Run run = Shell.run("generate", txt.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--dct"), run.err());
    }

    @Test
    void no_file_argument_is_a_usage_error() {
        Shell.Run run = Shell.run("generate");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("FILE"), run.err());
    }

    private static List<String> names(Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
