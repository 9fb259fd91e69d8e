package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed reads of one JSON member; each failure is a {@link BadLine} that names the member and what it got. */
final class JsonFields {
    private static final Pattern STEP = Pattern.compile("([0-9]{1,9})([smhd])");

    private JsonFields() {
    }

    static boolean has(JsonNode object, String field) {
        JsonNode v = object.get(field);
        return v != null && !v.isNull();
    }

    static double number(JsonNode node, String field) {
        if (!node.isNumber()) {
            throw new BadLine(field + ": must be a number, not " + kind(node));
        }
        double v = node.asDouble();
        if (!Double.isFinite(v)) {
            // Jackson reads NaN/Infinity (enabled) and overflowing literals such as 1e999 as non-finite doubles.
            throw new BadLine(field + ": must be a finite number, not " + v);
        }
        return v;
    }

    static int integer(JsonNode node, String field) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new BadLine(field + ": must be an integer, not " + kind(node));
        }
        return node.asInt();
    }

    static boolean bool(JsonNode node, String field) {
        if (!node.isBoolean()) {
            throw new BadLine(field + ": must be true or false, not " + kind(node));
        }
        return node.asBoolean();
    }

    /** Step strings: a positive whole number and a unit, "30s", "10m", "1h", "1d". */
    static List<Duration> steps(JsonNode node, String field) {
        if (!node.isArray()) {
            throw new BadLine(field + ": must be an array of step strings like \"1m\", not " + kind(node));
        }
        List<Duration> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            Matcher m = s.isTextual() ? STEP.matcher(s.asText()) : null;
            if (m == null || !m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new BadLine(field + "[" + i + "]: must be a positive whole number followed by s, m, h or d "
                        + "(like \"30s\", \"10m\", \"1d\"), not " + s);
            }
            long n = Long.parseLong(m.group(1));
            out.add(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        return out;
    }

    /** The node's JSON type and (shortened) text, for error messages. */
    static String kind(JsonNode node) {
        String text = node.toString();
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }
}
