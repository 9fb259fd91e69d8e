package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.chronoquiz.cli.FsrsCli.card;
import static org.chronoquiz.cli.FsrsCli.review;
import static org.chronoquiz.cli.FsrsCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad line gives an error line naming the field, the other lines still run, and the exit code is 1. */
class FsrsBadInputTest {
    private static final String GOOD = card("ok", "", List.of(review("2022-11-29T12:30:00Z", 3)));
    private static final String W21 = "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,"
            + "1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            invalid JSON            | {"id":"b","reviews":[           | null | line: invalid JSON
            not an object           | [1,2]                           | null | line: must be a JSON object
            missing id              | {"reviews":[]}                  | null | id: missing
            missing reviews         | {"id":"b"}                      | b    | reviews: missing
            reviews not an array    | {"id":"b","reviews":{}}         | b    | reviews: must be an array
            wrong weight count      | {"id":"b","weights":[1,2,3],"reviews":[]} | b | weights: must have 21
            NaN weight              | {"id":"b","weights":[W21,NaN],"reviews":[]} | b | weights[20]: must be a finite number
            overflowing weight      | {"id":"b","weights":[W21,1e999],"reviews":[]} | b | weights[20]: must be a finite number
            weight of wrong type    | {"id":"b","weights":[W21,"x"],"reviews":[]} | b | weights[20]: must be a number
            rating 5                | {"id":"b","reviews":[{"at":"2022-11-29T12:30:00Z","rating":5}]} | b | reviews[0].rating
            rating as text          | {"id":"b","reviews":[{"at":"2022-11-29T12:30:00Z","rating":"3"}]} | b | reviews[0].rating
            missing rating          | {"id":"b","reviews":[{"at":"2022-11-29T12:30:00Z"}]} | b | reviews[0].rating: missing
            review before previous  | {"id":"b","reviews":[{"at":"2022-11-29T12:30:00Z","rating":3},{"at":"2022-11-28T12:30:00Z","rating":3}]} | b | reviews[1].at: 2022-11-28T12:30:00Z is before
            due without a review    | {"id":"b","reviews":[{"at":"due","rating":3}]} | b | reviews[0].at
            bad time                | {"id":"b","reviews":[{"at":"yesterday","rating":3}]} | b | reviews[0].at: must be an ISO-8601 time
            short_term as text      | {"id":"b","short_term":"yes","reviews":[]} | b | short_term: must be true or false
            retention as text       | {"id":"b","desired_retention":"high","reviews":[]} | b | desired_retention: must be a number
            retention out of range  | {"id":"b","desired_retention":1.0,"reviews":[]} | b | desired_retention: must be strictly between 0 and 1
            maximum_interval float  | {"id":"b","maximum_interval":1.5,"reviews":[]} | b | maximum_interval: must be an integer
            steps not an array      | {"id":"b","learning_steps":"1m","reviews":[]} | b | learning_steps: must be an array
            bad step string         | {"id":"b","learning_steps":["1m","10x"],"reviews":[]} | b | learning_steps[1]: must be a positive whole number
            zero step               | {"id":"b","relearning_steps":["0m"],"reviews":[]} | b | relearning_steps[0]
            id of wrong type        | {"id":[1],"reviews":[]} | null | id: must be a string or an integer
            time beyond java.time   | {"id":"b","reviews":[{"at":"+999999999-12-31T00:00:00Z","rating":4}]} | b | reviews: a time is out of range
            """)
    void bad_line_is_reported_and_the_others_still_run(String name, String line, String id, String error) {
        var r = run(GOOD + "\n" + line.replace("W21", W21) + "\n" + GOOD + "\n");
        assertEquals(1, r.exitCode(), name);
        assertEquals(3, r.lines().size(), name);
        JsonNode bad = r.line(1);
        assertEquals(2, bad.get("line").asInt());
        assertTrue(bad.get("error").asText().startsWith(error), bad.get("error").asText());
        if (id.equals("null")) {
            assertTrue(bad.get("id").isNull(), name);
        } else {
            assertEquals(id, bad.get("id").asText());
        }
        assertEquals(List.of("id", "line", "error"), fieldNames(bad));
        for (int i : new int[]{0, 2}) {
            assertEquals("ok", r.line(i).get("id").asText());
            assertEquals(1, r.states(i).size());
        }
    }

    @Test
    void numeric_ids_are_echoed_as_numbers_and_good_input_exits_zero() {
        var r = run("{\"id\":42,\"reviews\":[]}\n\n" + GOOD);
        assertEquals(0, r.exitCode());
        assertEquals(2, r.lines().size(), "blank lines are skipped");
        assertTrue(r.line(0).get("id").isInt());
        assertEquals(0, r.states(0).size());
        assertEquals(List.of("id", "states"), fieldNames(r.line(1)));
        assertEquals(List.of("state", "step", "stability", "difficulty", "due", "interval_days"),
                fieldNames(r.states(1).get(0)));
    }

    @Test
    void non_ascii_ids_come_back_intact_as_ascii_json() {
        var r = run(card("caf\u00e9 \u65e5\u672c", "", List.of(review("2022-11-29T12:30:00Z", 3))));
        assertEquals("caf\u00e9 \u65e5\u672c", r.line(0).get("id").asText());
    }

    @Test
    void error_lines_count_lines_from_one_including_blank_ones() {
        var r = run("\n" + GOOD + "\n{}\n");
        assertEquals(3, r.line(1).get("line").asInt());
    }

    @Test
    void unknown_members_are_ignored_for_forward_compatibility() {
        var r = run("{\"id\":\"u\",\"deck\":\"x\",\"reviews\":[{\"at\":\"2022-11-29T12:30:00Z\",\"rating\":3,\"ms\":12}]}");
        assertEquals(0, r.exitCode());
    }

    @Test
    void runs_on_the_real_standard_streams_through_the_root_command() {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream((GOOD + "\nnope\n").getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new ChronoquizCommand()).execute("fsrs");
            assertEquals(1, code);
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        List<JsonNode> lines = FsrsCli.parse(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, lines.size());
        assertEquals("Learning", lines.get(0).get("states").get(0).get("state").asText());
        assertEquals(2, lines.get(1).get("line").asInt());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
