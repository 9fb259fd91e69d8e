package org.chronoquiz.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.web.Forms;

import java.util.List;
import java.util.Map;

/**
 * "Forgot your password?": a mailed link to choose a new one. The request is answered the same for every
 * address; the link works once, for an hour, and logs out every other session of the account.
 */
public final class PasswordController {
    private static final String FORGOT = "accounts/forgot.peb";
    private static final String RESET = "accounts/reset.peb";

    private final EmailLinks links;
    private final LoginThrottle throttle;
    private final Pages pages;
    private final LogIns logIns;

    public PasswordController(EmailLinks links, LoginThrottle throttle, Pages pages, LogIns logIns) {
        this.links = links;
        this.throttle = throttle;
        this.pages = pages;
        this.logIns = logIns;
    }

    public void showForgot(Context ctx) {
        ctx.render(FORGOT, pages.formModel(ctx));
    }

    public void forgot(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("email"));
        var wait = throttle.resetRequest(ctx.ip());
        if (wait.isPresent()) {
            AccountController.tooMany(ctx, pages, FORGOT, form, "email", wait.getAsLong());
            return;
        }
        try {
            links.requestReset(ctx.formParam("email"));
            Pages.flash(ctx, "Mail is on its way to " + Accounts.email(ctx.formParam("email"), "email") + ".");
            ctx.redirect("/password/sent", HttpStatus.SEE_OTHER);
        } catch (TooManyRequests e) {
            AccountController.tooMany(ctx, pages, FORGOT, form, "email", e.seconds());
        } catch (InvalidInput e) {
            Forms.rerender(ctx, FORGOT, pages.formModel(ctx), form, e);
        }
    }

    public void showSent(Context ctx) {
        AccountController.showSent(ctx, pages, "reset");
    }

    /** The form a reset link opens; it reads only, so a link preview uses nothing up. */
    public void showReset(Context ctx) {
        String token = ctx.queryParam("token");
        var email = links.resetEmail(token);
        Map<String, Object> model = pages.formModel(ctx);
        model.put("form", Map.of("token", email.isPresent() ? token : ""));
        model.put("email", email.orElse(""));
        if (email.isEmpty()) {
            model.put("errors", Map.of("token", EmailLinks.EXPIRED));
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        ctx.render(RESET, model);
    }

    public void reset(Context ctx) {
        String token = ctx.formParam("token");
        try {
            String password = ctx.formParam("password");
            if (password != null && !password.equals(ctx.formParam("confirm"))) {
                throw new InvalidInput("confirm", "The two passwords differ.");
            }
            User user = links.resetPassword(token, password);
            logIns.logIn(ctx, user);
            Pages.flash(ctx, "Your password is changed, and every other session of your account is logged out.");
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            var email = links.resetEmail(token);
            Map<String, Object> model = pages.formModel(ctx);
            model.put("email", email.orElse(""));
            Forms.rerender(ctx, RESET, model, Map.of("token", email.isPresent() ? token : ""), e);
        }
    }
}
