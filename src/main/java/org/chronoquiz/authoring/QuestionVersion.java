package org.chronoquiz.authoring;

import org.chronoquiz.questions.Question;

/** One version in a question's history: its content, when it began and was replaced (null: current), answers to it. */
public record QuestionVersion(Question question, long from, Long until, int answers) {
    public boolean current() {
        return until == null;
    }
}
