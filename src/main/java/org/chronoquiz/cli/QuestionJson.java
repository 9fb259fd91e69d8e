package org.chronoquiz.cli;

import org.chronoquiz.formats.Formats;
import org.chronoquiz.formats.PortableQuestion;
import org.chronoquiz.formats.QuestionFormat;
import org.chronoquiz.generation.QuestionDraft;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The question-bank file format that {@code generate} prints: the {@code json} interchange format (one writer for
 * both), with no deck and no tags, so a regenerated bank diffs clean against the reviewed one.
 */
public final class QuestionJson {
    private final QuestionFormat json = new Formats().find("json").orElseThrow();

    public String write(List<QuestionDraft> drafts) {
        List<PortableQuestion> questions = drafts.stream().map(d -> new PortableQuestion(d.key(), null, d.type(),
                d.prompt(), d.answer(), d.answerValue(), d.choices(), new PortableQuestion.Source(d.source().sentence(),
                d.source().start(), d.source().end(), d.source().note()), List.of())).toList();
        return new String(json.write(questions), StandardCharsets.UTF_8);
    }
}
