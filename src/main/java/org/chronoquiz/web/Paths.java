package org.chronoquiz.web;

import io.javalin.http.Context;

/** Which requests are API requests: they get JSON errors rather than pages and redirects. */
public final class Paths {
    private Paths() {
    }

    public static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api") || ctx.path().equals("/health");
    }
}
