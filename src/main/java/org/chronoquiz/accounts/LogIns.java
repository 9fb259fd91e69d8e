package org.chronoquiz.accounts;

import io.javalin.http.Context;

import java.util.function.Consumer;

/** What happens when someone becomes logged in: by password, by a sign-up link, or after a password reset. */
public final class LogIns {
    private final Accounts accounts;
    private final Pages pages;
    private final Consumer<User> onLogIn;

    /**
     * @param onLogIn what other features do when someone logs in or signs up (classes take up their
     *                invitations); given by the application, so accounts depend on no feature
     */
    public LogIns(Accounts accounts, Pages pages, Consumer<User> onLogIn) {
        this.accounts = accounts;
        this.pages = pages;
        this.onLogIn = onLogIn;
    }

    /** A fresh session id, so a session planted before it is worth nothing (session fixation). */
    void logIn(Context ctx, User user) {
        accounts.endSession(ctx.cookie(Access.SESSION_COOKIE));
        pages.setSessionCookie(ctx, accounts.startSession(user.id()));
        onLogIn.accept(user);
    }
}
