package org.chronoquiz.accounts;

/** An account as the rest of the service sees it (never with its password hash). */
public record User(long id, String email, String role, double desiredRetention, int newCardsPerDay, String timeZone) {
    public boolean isInstructor() {
        return role.equals("instructor") || role.equals("admin");
    }
}
