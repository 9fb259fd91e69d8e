package org.chronoquiz.web;

import io.javalin.security.RouteRole;

/** What a route requires. Ranked: an instructor may do what a learner may, an admin what an instructor may. */
public enum Role implements RouteRole {
    ANYONE, LEARNER, INSTRUCTOR, ADMIN;

    /** The role a stored account has ("learner", "instructor", "admin"). */
    public static Role ofAccount(String role) {
        return switch (role) {
            case "admin" -> ADMIN;
            case "instructor" -> INSTRUCTOR;
            default -> LEARNER;
        };
    }

    public boolean allows(Role required) {
        return ordinal() >= required.ordinal();
    }
}
