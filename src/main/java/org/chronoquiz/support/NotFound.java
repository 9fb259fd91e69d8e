package org.chronoquiz.support;

/** The thing asked for does not exist, or is not the asker's to see (both answer 404, so ids leak nothing). */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
