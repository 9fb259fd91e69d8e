package org.chronoquiz.accounts;

/** A browser session: anonymous when {@code userId} is null. The CSRF token lives with it on the server. */
public record Session(String tokenHash, Long userId, String csrfToken, long expiresAt) {
}
