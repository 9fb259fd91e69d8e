package org.chronoquiz.accounts;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.chronoquiz.web.PageModel;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The model every page starts from: who is logged in, the CSRF token for its forms, a one-time flash message. */
public final class Pages implements PageModel {
    private static final String FLASH_COOKIE = "cq_flash";
    private final Accounts accounts;
    private final boolean secureCookies;

    public Pages(Accounts accounts, boolean secureCookies) {
        this.accounts = accounts;
        this.secureCookies = secureCookies;
    }

    /**
     * The model of a page. It starts no session: a visitor without one reading the home page, an error page or
     * anything else leaves no row behind. {@code csrf} is the session's token, or null without a session (only
     * the log-in and sign-up forms are shown to visitors, and they use {@link #formModel}).
     */
    @Override
    public Map<String, Object> model(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", CurrentUser.of(ctx).orElse(null));
        model.put("csrf", existingSession(ctx).map(Session::csrfToken).orElse(null));
        model.put("path", ctx.path());
        String flash = ctx.cookie(FLASH_COOKIE);
        model.put("flash", flash == null ? null : URLDecoder.decode(flash, StandardCharsets.UTF_8));
        if (flash != null) {
            ctx.removeCookie(FLASH_COOKIE, "/");
        }
        model.put("errors", Map.of());
        model.put("form", Map.of());
        return model;
    }

    /** Shows {@code message} on the next page rendered (after a post-redirect-get). */
    public static void flash(Context ctx, String message) {
        Cookie cookie = new Cookie(FLASH_COOKIE, URLEncoder.encode(message, StandardCharsets.UTF_8));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        ctx.cookie(cookie);
    }

    /** The model of a page with a form a visitor may post (log-in, sign-up): it needs a session for its CSRF token. */
    public Map<String, Object> formModel(Context ctx) {
        Map<String, Object> model = model(ctx);
        model.put("csrf", session(ctx).csrfToken());
        return model;
    }

    private java.util.Optional<Session> existingSession(Context ctx) {
        return CurrentUser.session(ctx).or(() -> accounts.session(ctx.cookie(Access.SESSION_COOKIE)));
    }

    /**
     * The current session, started (anonymous) if the browser has none, so that every form gets a CSRF token.
     * Pages rendered without {@link Access} (a 404 for /favicon.ico) look the cookie up themselves: starting
     * a new session there would replace the cookie and void the token of the form the browser is showing.
     */
    public Session session(Context ctx) {
        return existingSession(ctx).orElseGet(() -> {
            String token = accounts.startSession(null);
            setSessionCookie(ctx, token);
            Session session = accounts.session(token).orElseThrow();
            CurrentUser.setSession(ctx, session);
            return session;
        });
    }

    public void setSessionCookie(Context ctx, String token) {
        Cookie cookie = new Cookie(Access.SESSION_COOKIE, token);
        cookie.setSecure(secureCookies);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        cookie.setMaxAge((int) java.time.Duration.ofDays(30).toSeconds());
        ctx.cookie(cookie);
    }
}
