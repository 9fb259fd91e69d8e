package org.chronoquiz.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.web.Forms;

import java.util.List;
import java.util.Map;

/**
 * Sign-up (by mailed link), log-in and log-out pages. Every form is post-redirect-get and carries the session's
 * CSRF token.
 */
public final class AccountController {
    private static final String SIGNUP = "accounts/signup.peb";
    private static final String LOGIN = "accounts/login.peb";
    private static final String LOGOUT = "accounts/logout.peb";
    static final String SENT = "accounts/sent.peb";
    private static final String CONFIRM = "accounts/confirm.peb";

    private final Accounts accounts;
    private final EmailLinks links;
    private final LogIns logIns;
    private final LoginThrottle throttle;
    private final Pages pages;

    public AccountController(Accounts accounts, EmailLinks links, LoginThrottle throttle, Pages pages, LogIns logIns) {
        this.accounts = accounts;
        this.links = links;
        this.logIns = logIns;
        this.throttle = throttle;
        this.pages = pages;
    }

    public void showSignup(Context ctx) {
        ctx.render(SIGNUP, pages.formModel(ctx));
    }

    /**
     * Mails the link that makes the account, and answers the same whether or not the address has one (the mail
     * says which). New accounts are learners; instructors are made with the {@code user add} command.
     */
    public void signup(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("email"));
        var wait = throttle.signup(ctx.ip());
        if (wait.isPresent()) {
            tooMany(ctx, pages, SIGNUP, form, "email", wait.getAsLong());
            return;
        }
        try {
            String password = ctx.formParam("password");
            if (password != null && !password.equals(ctx.formParam("confirm"))) {
                throw new InvalidInput("confirm", "The two passwords differ.");
            }
            links.requestSignup(ctx.formParam("email"), password);
            Pages.flash(ctx, "Mail is on its way to " + Accounts.email(ctx.formParam("email"), "email") + ".");
            ctx.redirect("/signup/sent", HttpStatus.SEE_OTHER);
        } catch (TooManyRequests e) {
            tooMany(ctx, pages, SIGNUP, form, "email", e.seconds());
        } catch (InvalidInput e) {
            Forms.rerender(ctx, SIGNUP, pages.formModel(ctx), form, e);
        }
    }

    /** "Check your inbox", for the address the flash names (the sign-up just posted). */
    public void showSignupSent(Context ctx) {
        showSent(ctx, pages, "signup");
    }

    static void showSent(Context ctx, Pages pages, String what) {
        Map<String, Object> model = pages.model(ctx);
        model.put("what", what);
        ctx.render(SENT, model);
    }

    /**
     * The page a sign-up link opens: a button that makes the account. Following the link changes nothing by
     * itself, because mail scanners and link previews open links too.
     */
    public void showConfirm(Context ctx) {
        String token = ctx.queryParam("token");
        Map<String, Object> model = pages.formModel(ctx);
        var email = links.signupEmail(token);
        model.put("token", email.isPresent() ? token : "");
        model.put("email", email.orElse(""));
        if (email.isEmpty()) {
            model.put("errors", Map.of("token", EmailLinks.EXPIRED));
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        ctx.render(CONFIRM, model);
    }

    public void confirm(Context ctx) {
        try {
            User user = links.confirmSignup(ctx.formParam("token"));
            logIn(ctx, user);
            Pages.flash(ctx, "Welcome to Chronoquiz. Pick a deck to start.");
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Map<String, Object> model = pages.formModel(ctx);
            model.put("token", "");
            model.put("email", "");
            model.put("errors", Map.of(e.field(), e.getMessage()));
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render(CONFIRM, model);
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
            tooMany(ctx, pages, LOGIN, form, "password", wait.getAsLong());
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
    static void tooMany(Context ctx, Pages pages, String template, Map<String, String> form, String field,
                        long seconds) {
        ctx.header("Retry-After", Long.toString(seconds));
        Forms.rerender(ctx, template, pages.formModel(ctx), form,
                new InvalidInput(field, new TooManyRequests(seconds).getMessage()));
        ctx.status(HttpStatus.TOO_MANY_REQUESTS);
    }

    private void logIn(Context ctx, User user) {
        logIns.logIn(ctx, user);
    }
}
