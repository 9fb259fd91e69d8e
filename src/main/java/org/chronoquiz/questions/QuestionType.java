package org.chronoquiz.questions;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question, with what each needs. */
public enum QuestionType {
    WHEN("when", "Multiple choice: when did it happen?", true),
    TYPED("typed", "Typed date answer", false),
    CLOZE("cloze", "Cloze: fill in the blank", false),
    WHAT_HAPPENED("what_happened", "Multiple choice: what happened then?", true),
    TIMELINE("timeline", "Put events in order", true),
    /** A number within a tolerance ("In what year…?" within a year), with partial-credit alternatives. */
    NUMERICAL("numerical", "Number, within a tolerance", false),
    /** Pairs of items to match (Moodle's matching); the choices are the left items. */
    MATCHING("matching", "Match pairs", true);

    private final String code;
    private final String label;
    private final boolean hasChoices;

    QuestionType(String code, String label, boolean hasChoices) {
        this.code = code;
        this.label = label;
        this.hasChoices = hasChoices;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean hasChoices() {
        return hasChoices;
    }

    public static Optional<QuestionType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
