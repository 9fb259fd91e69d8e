package org.chronoquiz.generation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms a state-owned outlet uses for what others name differently ("special military operation" for the
 * invasion of Ukraine). In questions from such an outlet they stand in quotation marks, as the outlet's
 * words, wherever they appear: prompt, answer and every choice alike, so quoting gives no choice away.
 */
final class ContestedTerms {
    private static final List<String> TERMS = List.of("special military operation", "anti-terrorist operation",
            "counter-terrorist operation", "denazification", "demilitarization", "Kiev regime", "Kyiv regime",
            "neo-Nazi regime", "internal political crisis", "reunification with Russia", "liberated territories");
    private static final Pattern TERM = Pattern.compile(
            "(?<![\"\\u201c\\p{L}])(" + String.join("|", TERMS.stream().map(Pattern::quote).toList()) + ")(?![\"\\u201d\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    String quote(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TERM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("\u201c" + m.group(1) + "\u201d"));
        }
        return m.appendTail(out).toString();
    }

    QuestionDraft quote(QuestionDraft d) {
        return new QuestionDraft(d.key(), d.type(), quote(d.prompt()), quote(d.answer()), d.answerValue(),
                d.choices().stream().map(this::quote).toList(), d.source());
    }
}
