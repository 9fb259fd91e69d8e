package org.chronoquiz.formats;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading our fields back from JSON: our own format, and the {@code chronoquiz} comments that GIFT, Anki text and
 * Moodle XML carry. One reading of a source, so the four readers cannot drift apart.
 */
final class JsonFields {
    private JsonFields() {
    }

    static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    static Integer integer(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    /** A source with this sentence and the offsets and note of {@code source} (which may be absent). */
    static PortableQuestion.Source source(JsonNode source, String sentence) {
        return new PortableQuestion.Source(sentence, integer(source, "start"), integer(source, "end"), text(source, "note"));
    }

    /** Moodle writes categories as "$course$/top/History/Cold War"; the deck is the path below the course's top. */
    static String deckOfCategory(String path) {
        String p = path == null ? "" : path.trim().replaceFirst("^\\$(course|system|cat\\d*|module)\\$/(top/)?", "");
        return p.isBlank() ? null : p;
    }
}
