package org.chronoquiz.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own format, the {@code questions/*.json} layout: lossless. "deck" and "tags" are written only when set,
 * so a bank file stays as {@code generate} prints it.
 */
final class JsonFormat implements QuestionFormat {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public byte[] write(List<PortableQuestion> questions) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return (json.writer(printer).writeValueAsString(questions.stream().map(JsonFormat::map).toList()) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> map(PortableQuestion q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", q.key());
        m.put("type", q.type());
        m.put("prompt", q.prompt());
        m.put("answer", q.answer());
        m.put("answer_value", q.answerValue());
        m.put("choices", q.choices());
        if (q.source() != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("sentence", q.source().sentence());
            source.put("start", q.source().start());
            source.put("end", q.source().end());
            if (q.source().note() != null) {
                source.put("note", q.source().note());
            }
            m.put("source", source);
        }
        if (q.deck() != null) {
            m.put("deck", q.deck());
        }
        if (q.tags() != null && !q.tags().isEmpty()) {
            m.put("tags", q.tags());
        }
        return m;
    }

    @Override
    public List<PortableQuestion> read(byte[] file, String defaultDeck) {
        JsonNode root;
        try {
            root = json.readTree(file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new FormatError(line, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FormatError(0, "not JSON: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new FormatError(0, "expected a JSON array of questions");
        }
        List<PortableQuestion> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode q = root.get(i);
            if (!q.isObject()) {
                throw new FormatError(0, "entry " + (i + 1) + " is not an object");
            }
            List<String> choices = new ArrayList<>();
            q.path("choices").forEach(c -> choices.add(c.asText()));
            List<String> tags = new ArrayList<>();
            q.path("tags").forEach(t -> tags.add(t.asText()));
            JsonNode s = q.path("source");
            PortableQuestion.Source source = s.isObject() ? JsonFields.source(s, JsonFields.text(s, "sentence")) : null;
            String deck = text(q, "deck");
            out.add(new PortableQuestion(text(q, "key"), deck == null ? defaultDeck : deck, text(q, "type"), text(q, "prompt"),
                    text(q, "answer"), text(q, "answer_value"), choices, source, tags));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        return JsonFields.text(node, field);
    }
}
