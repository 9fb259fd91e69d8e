package org.chronoquiz.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.chronoquiz.support.InvalidInput;
import org.eclipse.jetty.http.BadMessageException;
import org.chronoquiz.support.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns failures into answers: JSON {@code {"error", "field"}} for the API, an error page for browsers.
 * Forms catch {@link InvalidInput} themselves to show the error beside the field; what reaches here is the rest.
 */
public final class ErrorHandling {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    public static void register(JavalinConfig cfg, Pages pages, AllowedMethods allowed) {
        cfg.routes.error(405, ctx -> {
            ctx.header("Allow", allowed.allow(ctx.path()));
            respond(ctx, pages, HttpStatus.METHOD_NOT_ALLOWED, "This address does not take " + ctx.method() + ".", null);
        });
        cfg.routes.exception(ExpiredForm.class, (e, ctx) -> {
            if (Paths.isApi(ctx)) {
                respond(ctx, pages, HttpStatus.FORBIDDEN, "Send the session's CSRF token as X-CSRF-Token.", null);
                return;
            }
            ctx.status(HttpStatus.FORBIDDEN);
            Map<String, Object> model = pages.model(ctx);
            model.put("status", 403);
            model.put("message", e.getMessage());
            model.put("typed", typed(ctx));
            ctx.render("errors/expired.peb", model);
        });
        cfg.routes.exception(InvalidInput.class, (e, ctx) -> respond(ctx, pages, HttpStatus.BAD_REQUEST, e.getMessage(), e.field()));
        cfg.routes.exception(NotFound.class, (e, ctx) -> respond(ctx, pages, HttpStatus.NOT_FOUND, "Not found.", null));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
                respond(ctx, pages, HttpStatus.forStatus(e.getStatus()), e.getMessage(), null));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            HttpStatus malformed = malformedBody(e);
            if (malformed != null) {
                respond(ctx, pages, malformed, malformed == HttpStatus.CONTENT_TOO_LARGE
                        ? "The upload is too large." : "The request body could not be read.", null);
                return;
            }
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, pages, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", null);
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, pages, HttpStatus.NOT_FOUND, "Not found.", null);
            }
        });
    }

    /** What the refused form held, to show back; secrets and the token are not echoed, long values are cut. */
    private static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        try {
            ctx.formParamMap().forEach((name, values) -> {
                if (!name.equals(Access.CSRF_FIELD) && !name.contains("password") && !name.equals("confirm")
                        && typed.size() < 20 && !values.isEmpty() && !values.get(0).isBlank()) {
                    String v = String.join("\n", values);
                    typed.put(name.length() > 40 ? name.substring(0, 40) : name, v.length() > 20_000 ? v.substring(0, 20_000) : v);
                }
            });
        } catch (RuntimeException unreadable) {
            // a body that cannot be read as a form has nothing to show back
        }
        return typed;
    }

    /**
     * A body Jetty could not parse (a broken multipart form, a file over the size limit) is the client's
     * fault: it reaches us wrapped in a ServletException, with Jetty's BadMessageException inside.
     */
    private static HttpStatus malformedBody(Throwable e) {
        boolean bad = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("size exceeded")) {
                return HttpStatus.CONTENT_TOO_LARGE;
            }
            bad |= t instanceof BadMessageException;
        }
        return bad ? HttpStatus.BAD_REQUEST : null;
    }

    static void respond(Context ctx, Pages pages, HttpStatus status, String message, String field) {
        ctx.status(status);
        if (Paths.isApi(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            body.put("field", field);
            ctx.json(body);
            return;
        }
        Map<String, Object> model = pages.model(ctx);
        model.put("status", status.getCode());
        model.put("message", message);
        ctx.render("errors/error.peb", model);
    }
}
