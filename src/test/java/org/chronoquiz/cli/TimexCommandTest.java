package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@code chronoquiz timex} in-process with stdin and stdout swapped, as a user would pipe to it. */
class TimexCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    private record Run(int exitCode, List<JsonNode> lines) {
    }

    private Run run(String stdin) throws Exception {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        var out = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = ChronoquizCommand.commandLine().execute("timex");
            List<JsonNode> lines = new ArrayList<>();
            for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) {
                    lines.add(json.readTree(l));
                }
            }
            return new Run(code, lines);
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
    }

    @Test
    void good_documents_get_one_line_each_and_exit_zero() throws Exception {
        Run r = run("""
            {"id": "a", "dct": "2023-03-15", "text": "Talks took place on Wednesday."}
            {"id": "b", "dct": "1998-08-07", "text": "Nothing here."}
            """);
        assertEquals(0, r.exitCode());
        assertEquals(2, r.lines().size());
        JsonNode t = r.lines().get(0).get("timexes").get(0);
        assertEquals("a", r.lines().get(0).get("id").asText());
        assertEquals(20, t.get("start").asInt());
        assertEquals(29, t.get("end").asInt());
        assertEquals("Wednesday", t.get("text").asText());
        assertEquals("DATE", t.get("type").asText());
        assertEquals("2023-03-15", t.get("value").asText());
        assertTrue(t.has("mod") && t.get("mod").isNull());
        assertEquals(0, r.lines().get(1).get("timexes").size());
    }

    @Test
    void bad_lines_get_error_lines_the_rest_still_run_and_exit_is_one() throws Exception {
        Run r = run("""
            not json
            {"id": "x1", "text": "no dct"}
            {"id": "x2", "dct": "2023-02-30", "text": "bad date"}
            {"dct": "2023-03-15", "text": "no id"}
            {"id": "x3", "dct": "2023-03-15"}
            {"id": "ok", "dct": "2023-03-15", "text": "In March 2011."}
            {"id": "x4", "dct": "2023-03-15", "text": "ok"} trailing
            {"id": "x5", "dct": 20230315, "text": "dct is a number"}
            [1, 2]
            """);
        assertEquals(1, r.exitCode());
        assertEquals(9, r.lines().size());
        assertError(r.lines().get(0), null, 1, "JSON");
        assertError(r.lines().get(1), "x1", 2, "dct");
        assertError(r.lines().get(2), "x2", 3, "dct");
        assertError(r.lines().get(3), null, 4, "id");
        assertError(r.lines().get(4), "x3", 5, "text");
        assertEquals("2011-03", r.lines().get(5).get("timexes").get(0).get("value").asText());
        assertError(r.lines().get(6), null, 7, "JSON");
        assertError(r.lines().get(7), "x5", 8, "dct");
        assertError(r.lines().get(8), null, 9, "object");
    }

    private static void assertError(JsonNode line, String id, int lineNo, String mentions) {
        if (id == null) {
            assertTrue(line.get("id").isNull(), line.toString());
        } else {
            assertEquals(id, line.get("id").asText());
        }
        assertEquals(lineNo, line.get("line").asInt());
        assertTrue(line.get("error").asText().contains(mentions), line.toString());
    }
}
