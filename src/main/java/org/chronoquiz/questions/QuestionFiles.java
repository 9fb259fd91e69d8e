package org.chronoquiz.questions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.generation.QuestionDraft;
import org.chronoquiz.generation.SourceSpan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a question file of {@code questions/}: the JSON array that {@code generate} prints, reviewed and checked in.
 * A malformed entry stops the load with the file, the entry and the field named, rather than loading half a bank.
 */
public final class QuestionFiles {
    private final ObjectMapper json = new ObjectMapper();

    public List<QuestionDraft> read(Path file) {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not a JSON array of questions: " + e.getMessage(), e);
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of questions");
        }
        List<QuestionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            drafts.add(draft(root.get(i), file + " entry " + i));
        }
        return drafts;
    }

    private static QuestionDraft draft(JsonNode q, String where) {
        String type = text(q, "type", where);
        if (QuestionType.of(type).isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown type '" + type + "'");
        }
        List<String> choices = new ArrayList<>();
        q.path("choices").forEach(c -> choices.add(c.asText()));
        JsonNode source = q.path("source");
        SourceSpan span = source.isObject()
                ? new SourceSpan(source.path("sentence").asText(null),
                source.path("start").asInt(), source.path("end").asInt(), source.path("note").asText(null))
                : null;
        String answerValue = q.hasNonNull("answer_value") ? q.get("answer_value").asText() : null;
        return new QuestionDraft(text(q, "key", where), type, text(q, "prompt", where), text(q, "answer", where),
                answerValue, List.copyOf(choices), span);
    }

    private static String text(JsonNode q, String field, String where) {
        JsonNode node = q.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' is missing or empty");
        }
        return node.asText();
    }
}
