package org.chronoquiz.generation;

import org.chronoquiz.dates.Precision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question per fact. The same fact asked as multiple choice, typed and blank is one question three times to a
 * teacher, and in a bank each gives the others away. A day is recognised among choices; a month, a year or a
 * longer span is recalled and typed; a fact not worth a question of its own ({@link Worth}), or with no clean
 * question, keeps its blank where it stands, so every date still gets one.
 */
final class OneQuestion {
    private OneQuestion() {
    }

    static List<QuestionDraft> choose(List<QuestionDraft> variants, PreparedFact p, boolean worthy) {
        Optional<QuestionDraft> when = of(variants, "when");
        Optional<QuestionDraft> typed = of(variants, "typed");
        Optional<QuestionDraft> cloze = of(variants, "cloze");
        if (p.fact().inList()) {
            return variants; // a list sentence already gets one blank and one "which of these" (see DateQuestions)
        }
        if (when.isEmpty() && typed.isEmpty() || !worthy && cloze.isPresent()) {
            return cloze.stream().toList();
        }
        List<QuestionDraft> chosen = new ArrayList<>();
        boolean day = p.fact().date().precision().atLeast(Precision.DAY);
        (day ? when.or(() -> typed) : typed.or(() -> when)).ifPresent(chosen::add);
        if (p.written() != null && day) {
            // the headline event under a dateline is typed too, citing the dateline where the article writes its day
            typed.filter(t -> !chosen.contains(t)).ifPresent(chosen::add);
        }
        return chosen;
    }

    private static Optional<QuestionDraft> of(List<QuestionDraft> drafts, String type) {
        return drafts.stream().filter(d -> d.type().equals(type)).findFirst();
    }
}
