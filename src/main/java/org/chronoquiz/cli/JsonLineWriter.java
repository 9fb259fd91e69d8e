package org.chronoquiz.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes JSON values one per line: the output side of the fsrs commands. Non-ASCII characters are
 * escaped so the output stays valid JSON whatever charset the console's stdout uses.
 */
final class JsonLineWriter {
    private final ObjectWriter json = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build().writer();
    private final Appendable out;

    JsonLineWriter(Appendable out) {
        this.out = out;
    }

    void write(JsonNode node) {
        try {
            out.append(json.writeValueAsString(node)).append('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree we built could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
