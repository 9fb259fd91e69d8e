package org.chronoquiz.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.chronoquiz.generation.QuestionDraft;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question-bank file format: a pretty-printed JSON array, snake_case fields in a fixed order and
 * '\n' line ends on every platform, so a regenerated bank diffs clean against the reviewed one.
 */
public final class QuestionJson {
    private final ObjectWriter writer;

    public QuestionJson() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.writer = new ObjectMapper().writer(printer);
    }

    public String write(List<QuestionDraft> drafts) {
        List<Map<String, Object>> out = drafts.stream().map(this::toMap).toList();
        try {
            return writer.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> toMap(QuestionDraft q) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("sentence", q.source().sentence());
        source.put("start", q.source().start());
        source.put("end", q.source().end());
        if (q.source().note() != null) {
            source.put("note", q.source().note());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", q.key());
        m.put("type", q.type());
        m.put("prompt", q.prompt());
        m.put("answer", q.answer());
        m.put("answer_value", q.answerValue());
        m.put("choices", q.choices());
        m.put("source", source);
        return m;
    }
}
