package org.chronoquiz.accounts;

import io.javalin.http.Context;

import java.util.Optional;

/** Typed access to who is making the request; {@link Access} fills it in before every matched route. */
public final class CurrentUser {
    private static final String USER = "chronoquiz.user";
    private static final String SESSION = "chronoquiz.session";

    private CurrentUser() {
    }

    static void set(Context ctx, User user, Session session) {
        ctx.attribute(USER, user);
        ctx.attribute(SESSION, session);
    }

    public static Optional<User> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(USER));
    }

    /** The user on a route that requires one; Access has already turned anonymous requests away. */
    public static User require(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException("route without a role requirement asked for the current user");
        }
        return user;
    }

    public static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    static void setSession(Context ctx, Session session) {
        ctx.attribute(SESSION, session);
    }
}
