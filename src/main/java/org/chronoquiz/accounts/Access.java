package org.chronoquiz.accounts;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;

import org.chronoquiz.web.ExpiredForm;
import org.chronoquiz.web.Forms;
import org.chronoquiz.web.Paths;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every matched route: works out who is asking (API token or session cookie),
 * enforces the role the route was registered with, and checks the CSRF token of every
 * form post made with a session cookie. API requests with a bearer token carry no cookie,
 * so they cannot be forged cross-site and need no CSRF token.
 */
public final class Access {
    public static final String SESSION_COOKIE = "cq_session";
    public static final String CSRF_FIELD = Forms.CSRF_FIELD;

    private final Accounts accounts;

    public Access(Accounts accounts) {
        this.accounts = accounts;
    }

    public void check(Context ctx) {
        Role required = required(ctx);
        boolean api = Paths.isApi(ctx);
        String bearer = bearer(ctx);
        User user = null;
        Optional<Session> session = Optional.empty();
        if (bearer != null) {
            user = accounts.userForApiToken(bearer).orElseThrow(() -> new UnauthorizedResponse("invalid API token"));
        } else {
            var visit = accounts.visit(ctx.cookie(SESSION_COOKIE));
            session = visit.map(Visitors.Visit::session);
            user = visit.map(Visitors.Visit::user).orElse(null);
            // who is asking is known before the token is checked, so a refusal page knows them too
            CurrentUser.set(ctx, user, session.orElse(null));
            // A browser posting to the API with its cookie needs the token too (as X-CSRF-Token);
            // without a session it is simply not logged in and gets 401 below.
            if (ctx.method() == HandlerType.POST && (!api || session.isPresent())) {
                checkCsrf(ctx, session);
            }
        }
        CurrentUser.set(ctx, user, session.orElse(null));
        if (required == Role.ANYONE) {
            return;
        }
        if (user == null) {
            if (api) {
                throw new UnauthorizedResponse("log in or send Authorization: Bearer <token>");
            }
            String next = ctx.method() == HandlerType.GET ? ctx.path() : "/";
            ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (!user.role().allows(required)) {
            throw new ForbiddenResponse("this page needs the " + required.name().toLowerCase(java.util.Locale.ROOT) + " role");
        }
    }

    private static Role required(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty() && ctx.path().startsWith("/public/")) { // the stylesheet and scripts: read-only, for all
            if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
                throw new HttpResponseException(HttpStatus.METHOD_NOT_ALLOWED.getCode(), "Method not allowed.");
            }
            return Role.ANYONE;
        }
        return roles.stream().filter(Role.class::isInstance).map(Role.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("every route must declare a Role"));
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    private static void checkCsrf(Context ctx, Optional<Session> session) {
        String sent = ctx.formParam(CSRF_FIELD);
        if (sent == null) {
            sent = ctx.header("X-CSRF-Token");
        }
        boolean ok = session.isPresent() && sent != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), session.get().csrfToken().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            throw new ExpiredForm();
        }
    }
}
