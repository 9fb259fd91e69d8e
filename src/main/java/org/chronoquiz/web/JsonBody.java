package org.chronoquiz.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.chronoquiz.support.InvalidInput;

/** A JSON request body with field accessors that say which field is wrong and why. */
public final class JsonBody {
    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    public static JsonBody of(Context ctx, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(ctx.body());
        } catch (Exception e) {
            throw new InvalidInput("body", "The body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInput("body", "The body must be a JSON object.");
        }
        return new JsonBody(root);
    }

    public long requireLong(String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            throw new InvalidInput(field, field + " is required.");
        }
        if (!n.canConvertToLong() || !n.isIntegralNumber()) {
            throw new InvalidInput(field, field + " must be a whole number.");
        }
        return n.asLong();
    }

    public int requireInt(String field) {
        long v = requireLong(field);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new InvalidInput(field, field + " is out of range.");
        }
        return (int) v;
    }

    public int optionalInt(String field, int fallback) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? fallback : requireInt(field);
    }

    public String requireText(String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            throw new InvalidInput(field, field + " is required.");
        }
        if (!n.isTextual()) {
            throw new InvalidInput(field, field + " must be a string.");
        }
        return n.asText();
    }

    /** An answer: a string, or for a timeline an array of the events in order (sent as lines). */
    public String requireAnswer(String field) {
        JsonNode n = root.get(field);
        if (n != null && n.isArray()) {
            StringBuilder lines = new StringBuilder();
            for (JsonNode item : n) {
                if (!item.isTextual()) {
                    throw new InvalidInput(field, field + " must be a string or an array of strings.");
                }
                lines.append(item.asText()).append('\n');
            }
            return lines.toString().trim();
        }
        if (n != null && n.isNumber()) {
            return n.asText();
        }
        return requireText(field);
    }
}
