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

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns failures into answers: JSON {@code {"error", "field"}} for the API, an error page for browsers.
 * Forms catch {@link InvalidInput} themselves to show the error beside the field; what reaches here is the rest.
 */
public final class ErrorHandling {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final int MAX_CAUSES = 16;

    private ErrorHandling() {
    }

    public static void register(JavalinConfig cfg, PageModel pages, AllowedMethods allowed) {
        cfg.routes.error(405, ctx -> {
            ctx.header("Allow", allowed.allow(ctx.path()));
            respond(ctx, pages, HttpStatus.METHOD_NOT_ALLOWED, "This address does not take " + ctx.method() + ".", null);
        });
        cfg.routes.exception(ExpiredForm.class, (e, ctx) -> {
            if (Paths.isApi(ctx)) {
                respond(ctx, pages, HttpStatus.FORBIDDEN, "Send the session's CSRF token as X-CSRF-Token.", null);
                return;
            }
            try {
                ctx.status(HttpStatus.FORBIDDEN);
                Map<String, Object> model = pages.model(ctx);
                model.put("status", 403);
                model.put("message", e.getMessage());
                model.put("typed", typed(ctx));
                ctx.render("errors/expired.peb", model);
            } catch (RuntimeException broken) { // the plain error page, or its plain-text fallback
                respond(ctx, pages, HttpStatus.FORBIDDEN, e.getMessage(), null);
            }
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
            String id = errorId();
            // one line per failure, with the id the page shows; the trace only for whoever turns on debug
            log.error("error {}: {} {}: {}", id, ctx.method(), ctx.path(), describe(e));
            log.debug("error {}", id, e);
            respond(ctx, pages, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side (error " + id + ").", null);
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
                // a mailed link's token is a secret too: whoever sees it may use the link
                if (!name.equals(Forms.CSRF_FIELD) && !name.contains("password") && !name.equals("confirm")
                        && !name.equals("token")
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
     * A body Jetty could not parse (a broken multipart form, a file over the size limit, an unknown charset) is
     * the client's fault: it reaches us wrapped in a ServletException, with Jetty's BadMessageException inside.
     */
    private static HttpStatus malformedBody(Throwable e) {
        boolean bad = false;
        for (Throwable t : causes(e)) {
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("size exceeded")) {
                return HttpStatus.CONTENT_TOO_LARGE;
            }
            // a charset we do not know ("text/plain; charset=nope") is a body we cannot read, not our failure
            bad |= t instanceof BadMessageException || t instanceof java.nio.charset.IllegalCharsetNameException
                    || t instanceof java.nio.charset.UnsupportedCharsetException;
        }
        return bad ? HttpStatus.BAD_REQUEST : null;
    }

    /**
     * The exception and its causes, each once and at most {@value #MAX_CAUSES}: a chain may loop (A caused by B
     * caused by A), and a walk that follows it would spin a request thread forever.
     */
    static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && chain.size() < MAX_CAUSES && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The exception's class and message and where it was thrown, on one line. */
    private static String describe(Throwable e) {
        StackTraceElement[] at = e.getStackTrace();
        return e.getClass().getName() + ": " + e.getMessage() + (at.length > 0 ? " at " + at[0] : "");
    }

    private static String errorId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
    }

    /**
     * Writes the answer, and never throws: an answer already on its way (committed) is left alone, and a failure
     * while rendering the error page (a broken template, the database gone) falls back to plain text. An
     * exception escaping an exception handler is what could send a request round the handlers again.
     */
    static void respond(Context ctx, PageModel pages, HttpStatus status, String message, String field) {
        if (ctx.res().isCommitted()) {
            log.warn("{} {}: {} after the answer had started; left as it is", ctx.method(), ctx.path(), status.getCode());
            return;
        }
        try {
            write(ctx, pages, status, message, field);
        } catch (RuntimeException | Error broken) {
            log.error("{} {}: the {} page failed too: {}", ctx.method(), ctx.path(), status.getCode(), describe(broken));
            if (!ctx.res().isCommitted()) {
                ctx.res().resetBuffer();
                ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
            }
        }
    }

    private static void write(Context ctx, PageModel pages, HttpStatus status, String message, String field) {
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
