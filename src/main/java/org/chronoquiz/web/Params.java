package org.chronoquiz.web;

import io.javalin.http.Context;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.NotFound;

/** Reading ids and numbers from requests, with errors a user can act on. */
public final class Params {
    private Params() {
    }

    /** A numeric id in the path; anything else names nothing, so it is not found. */
    public static long pathId(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new NotFound("no such " + name);
        }
    }

    /** A whole number from a form or query field, or {@code fallback} when it is absent or blank. */
    public static int intField(String field, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, field + " must be a whole number, not '" + raw + "'.");
        }
    }

    public static long longField(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput(field, field + " is required.");
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, field + " must be a whole number, not '" + raw + "'.");
        }
    }
}
