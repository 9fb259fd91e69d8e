package org.chronoquiz.accounts;

import io.javalin.security.RouteRole;

/** What a route requires. Ranked: an instructor may do what a learner may, an admin what an instructor may. */
public enum Role implements RouteRole {
    ANYONE, LEARNER, INSTRUCTOR, ADMIN;

    /** As the users table and the {@code user add --role} option spell it. */
    public String stored() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean allows(Role required) {
        return ordinal() >= required.ordinal();
    }
}
