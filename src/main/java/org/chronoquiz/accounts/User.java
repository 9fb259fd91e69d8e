package org.chronoquiz.accounts;

/**
 * An account as the rest of the service sees it (never with its password hash).
 *
 * @param fsrsWeights the learner's fitted FSRS weights as a JSON array, or null for the defaults
 */
public record User(long id, String email, Role role, double desiredRetention, int newCardsPerDay, String timeZone,
                   String fsrsWeights) {
    public boolean isInstructor() {
        return role.allows(Role.INSTRUCTOR);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
