package org.chronoquiz.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.web.Forms;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Sign-up, log-in and log-out pages. Every form is post-redirect-get and carries the session's CSRF token. */
public final class AccountController {
    private static final String SIGNUP = "accounts/signup.peb";
    private static final String LOGIN = "accounts/login.peb";
    private static final String LOGOUT = "accounts/logout.peb";

    private final Accounts accounts;
    private final Consumer<User> onLogIn;
    private final LoginThrottle throttle;
    private final Pages pages;

    /**
     * @param onLogIn what other features do when someone logs in or signs up (classes take up their
     *                invitations); given by the application, so accounts depend on no feature
     */
    public AccountController(Accounts accounts, LoginThrottle throttle, Pages pages, Consumer<User> onLogIn) {
        this.accounts = accounts;
        this.onLogIn = onLogIn;
        this.throttle = throttle;
        this.pages = pages;
    }

    public void showSignup(Context ctx) {
        ctx.render(SIGNUP, pages.formModel(ctx));
    }

    /** New accounts are learners; instructors are made with the {@code user add} command. */
    public void signup(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("email"));
        var wait = throttle.signup(ctx.ip());
        if (wait.isPresent()) {
            tooMany(ctx, SIGNUP, form, "email", wait.getAsLong());
            return;
        }
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
            Forms.rerender(ctx, SIGNUP, pages.formModel(ctx), form, e);
        }
    }

    public void showLogin(Context ctx) {
        Map<String, Object> model = pages.formModel(ctx);
        model.put("form", Map.of("next", Forms.safeNext(ctx.queryParam("next")), "email", ""));
        ctx.render(LOGIN, model);
    }

    public void login(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("email", "next"));
        var wait = throttle.check(ctx.formParam("email"), ctx.ip());
        if (wait.isPresent()) {
            tooMany(ctx, LOGIN, form, "password", wait.getAsLong());
            return;
        }
        var user = accounts.authenticate(ctx.formParam("email"), ctx.formParam("password"));
        if (user.isEmpty()) {
            throttle.failed(ctx.formParam("email"), ctx.ip());
            Forms.rerender(ctx, LOGIN, pages.formModel(ctx), form,
                    new InvalidInput("password", "That email and password do not match an account."));
            return;
        }
        logIn(ctx, user.get());
        ctx.redirect(Forms.safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    public void showLogout(Context ctx) {
        ctx.render(LOGOUT, pages.formModel(ctx));
    }

    public void logout(Context ctx) {
        accounts.endSession(ctx.cookie(Access.SESSION_COOKIE));
        ctx.removeCookie(Access.SESSION_COOKIE, "/");
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** 429 with Retry-After, the form kept, the wait said beside the field. No password was checked. */
    private void tooMany(Context ctx, String template, Map<String, String> form, String field, long seconds) {
        ctx.header("Retry-After", Long.toString(seconds));
        Forms.rerender(ctx, template, pages.formModel(ctx), form, new InvalidInput(field,
                "Too many attempts. Wait " + seconds + (seconds == 1 ? " second" : " seconds") + " and try again."));
        ctx.status(HttpStatus.TOO_MANY_REQUESTS);
    }

    /** A fresh session id at log-in, so a session planted before it is worth nothing (session fixation). */
    private void logIn(Context ctx, User user) {
        accounts.endSession(ctx.cookie(Access.SESSION_COOKIE));
        pages.setSessionCookie(ctx, accounts.startSession(user.id()));
        onLogIn.accept(user);
    }
}
