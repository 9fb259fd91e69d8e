package org.chronoquiz.accounts;

import io.javalin.security.RouteRole;

/** What a route requires. Ranked: an instructor may do what a learner may, an admin what an instructor may. */
public enum Role implements RouteRole {
    ANYONE, LEARNER, INSTRUCTOR, ADMIN;

    /** The role a stored account has ("learner", "instructor", "admin"). */
    public static Role ofAccount(String role) {
        return switch (role) {
            case "admin" -> ADMIN;
            case "instructor" -> INSTRUCTOR;
            case "learner" -> LEARNER;
            default -> throw new IllegalArgumentException("not an account's role: " + role);
        };
    }

    /** As the users table and the {@code user add --role} option spell it. */
    public String stored() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean allows(Role required) {
        return ordinal() >= required.ordinal();
    }
}
