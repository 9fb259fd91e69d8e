package org.chronoquiz.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronoquiz.scheduling.SchedulerSettings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.function.Consumer;

/**
 * Walks the JSON Lines input of the fsrs commands, handing each good line on and turning each bad one into
 * an error object {"id", "line", "error"} so the rest of the input still runs.
 */
final class HistoryReader {
    /** NaN and Infinity are read as numbers so the error can name the field instead of just "invalid JSON". */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private final HistoryParser parser;

    HistoryReader(SchedulerSettings base) {
        this.parser = new HistoryParser(base);
    }

    /** What happens to one line: a good one goes to {@code handler}, whose {@link BadLine} also counts as an error. */
    interface LineHandler {
        void accept(HistoryInput input);
    }

    /** @return the number of lines that failed */
    int read(BufferedReader in, LineHandler handler, Consumer<ObjectNode> errors) {
        int failed = 0;
        int number = 0;
        try {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue; // a trailing newline or spacer is not a card
                }
                JsonNode id = NullNode.getInstance();
                try {
                    JsonNode node = json.readTree(text);
                    JsonNode given = node == null ? null : node.get("id");
                    if (given != null && (given.isTextual() || given.isIntegralNumber())) {
                        id = given; // anything else is not an id we could echo
                    }
                    handler.accept(parser.parse(node == null ? NullNode.getInstance() : node));
                } catch (JsonProcessingException e) {
                    failed++;
                    errors.accept(error(id, number, "line: invalid JSON: " + e.getOriginalMessage()));
                } catch (BadLine e) {
                    failed++;
                    errors.accept(error(id, number, e.getMessage()));
                } catch (DateTimeException | ArithmeticException e) {
                    // e.g. a year 999999 review whose due date leaves java.time's range: this line only
                    failed++;
                    errors.accept(error(id, number, "reviews: a time is out of range: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failed;
    }

    private static ObjectNode error(JsonNode id, int line, String message) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("id", id);
        out.put("line", line);
        out.put("error", message);
        return out;
    }
}
