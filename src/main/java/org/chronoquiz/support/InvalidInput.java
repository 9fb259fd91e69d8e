package org.chronoquiz.support;

/**
 * Input that a user must correct: names the field and says why. Pages show it beside the field,
 * the API answers {@code 400 {"error": message, "field": field}}. Thrown before anything is written.
 */
public final class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
