package org.chronoquiz.questions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a question is in its life: proposed, asked of learners, or no longer asked. */
public enum QuestionStatus {
    /** Proposed by the generator for an imported article; learners never see it until an instructor accepts it. */
    DRAFT,
    ACTIVE,
    /** No longer asked; learners' answers to it stay in their history. A rejected draft is retired too. */
    RETIRED;

    /** The spelling stored in the database and used in URLs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
