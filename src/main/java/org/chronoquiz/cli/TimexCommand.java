package org.chronoquiz.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronoquiz.timex.Timex;
import org.chronoquiz.timex.TimexExtractor;
import picocli.CommandLine.Command;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * JSON Lines in ({@code {"id","dct","text"}}), JSON Lines out ({@code {"id","timexes":[...]}}).
 * A bad line gets an error line and does not stop the others; the exit code is 1 if any line failed.
 */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Extract temporal expressions: JSON Lines {id, dct, text} on stdin, one result line per document on stdout.")
public final class TimexCommand implements Callable<Integer> {

    // a line with anything after its JSON object is not a valid JSON line
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final TimexExtractor extractor = new TimexExtractor();

    @Override
    public Integer call() throws IOException {
        // System.in/out are read at call time (not construction) so tests can swap them
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        boolean failed = false;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result = process(line, lineNo);
            failed |= result.has("error");
            out.println(json.writeValueAsString(result));
        }
        out.flush();
        return failed ? 1 : 0;
    }

    private ObjectNode process(String line, int lineNo) {
        JsonNode doc;
        try {
            doc = json.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, lineNo, "invalid JSON: " + e.getOriginalMessage());
        }
        if (doc == null || !doc.isObject()) {
            return error(null, lineNo, "expected a JSON object");
        }
        JsonNode id = doc.get("id");
        if (id == null || id.isNull()) {
            return error(null, lineNo, "missing field \"id\"");
        }
        JsonNode dctNode = doc.get("dct");
        if (dctNode == null || dctNode.isNull()) {
            return error(id, lineNo, "missing field \"dct\"");
        }
        if (!dctNode.isTextual()) {
            return error(id, lineNo, "field \"dct\" must be a string YYYY-MM-DD");
        }
        LocalDate dct;
        try {
            dct = LocalDate.parse(dctNode.asText());
        } catch (DateTimeParseException e) {
            return error(id, lineNo, "field \"dct\" is not a valid date YYYY-MM-DD: \"" + dctNode.asText() + "\"");
        }
        JsonNode text = doc.get("text");
        if (text == null || text.isNull()) {
            return error(id, lineNo, "missing field \"text\"");
        }
        if (!text.isTextual()) {
            return error(id, lineNo, "field \"text\" must be a string");
        }
        try {
            return result(id, extractor.extract(text.asText(), dct));
        } catch (RuntimeException e) {
            // one document that trips the extractor must not cost the others their results
            return error(id, lineNo, "extraction failed: " + e);
        }
    }

    private ObjectNode result(JsonNode id, List<Timex> timexes) {
        ObjectNode o = json.createObjectNode();
        o.set("id", id);
        ArrayNode arr = o.putArray("timexes");
        for (Timex t : timexes) {
            ObjectNode x = arr.addObject();
            x.put("start", t.start());
            x.put("end", t.end());
            x.put("text", t.text());
            x.put("type", t.type().name());
            x.put("value", t.value());
            x.put("mod", t.mod());
        }
        return o;
    }

    private ObjectNode error(JsonNode id, int lineNo, String message) {
        ObjectNode o = json.createObjectNode();
        if (id == null) {
            o.putNull("id");
        } else {
            o.set("id", id);
        }
        o.put("line", lineNo);
        o.put("error", message);
        return o;
    }
}
