package org.chronoquiz.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.web.Access;
import org.chronoquiz.web.Forms;
import org.chronoquiz.web.Pages;

import java.util.List;
import java.util.Map;

/** Sign-up, log-in and log-out pages. Every form is post-redirect-get and carries the session's CSRF token. */
public final class AccountController {
    private static final String SIGNUP = "accounts/signup.peb";
    private static final String LOGIN = "accounts/login.peb";
    private static final String LOGOUT = "accounts/logout.peb";

    private final Accounts accounts;
    private final Pages pages;

    public AccountController(Accounts accounts, Pages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    public void showSignup(Context ctx) {
        ctx.render(SIGNUP, pages.model(ctx));
    }

    /** New accounts are learners; instructors are made with the {@code user add} command. */
    public void signup(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("email"));
        try {
            String password = ctx.formParam("password");
            if (password != null && !password.equals(ctx.formParam("confirm"))) {
                throw new InvalidInput("confirm", "The two passwords differ.");
            }
            User user = accounts.create(ctx.formParam("email"), password, "learner");
            logIn(ctx, user);
            Pages.flash(ctx, "Welcome to Chronoquiz. Pick a deck to start.");
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Forms.rerender(ctx, SIGNUP, pages.model(ctx), form, e);
        }
    }

    public void showLogin(Context ctx) {
        Map<String, Object> model = pages.model(ctx);
        model.put("form", Map.of("next", Forms.safeNext(ctx.queryParam("next")), "email", ""));
        ctx.render(LOGIN, model);
    }

    public void login(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("email", "next"));
        var user = accounts.authenticate(ctx.formParam("email"), ctx.formParam("password"));
        if (user.isEmpty()) {
            Forms.rerender(ctx, LOGIN, pages.model(ctx), form,
                    new InvalidInput("password", "That email and password do not match an account."));
            return;
        }
        logIn(ctx, user.get());
        ctx.redirect(Forms.safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    public void showLogout(Context ctx) {
        ctx.render(LOGOUT, pages.model(ctx));
    }

    public void logout(Context ctx) {
        accounts.endSession(ctx.cookie(Access.SESSION_COOKIE));
        ctx.removeCookie(Access.SESSION_COOKIE, "/");
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** A fresh session id at log-in, so a session planted before it is worth nothing (session fixation). */
    private void logIn(Context ctx, User user) {
        accounts.endSession(ctx.cookie(Access.SESSION_COOKIE));
        Pages.setSessionCookie(ctx, accounts.startSession(user.id()));
    }
}
