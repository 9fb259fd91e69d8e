package org.chronoquiz.web;

import io.javalin.http.Context;

/**
 * Headers every answer carries. The policy allows scripts, styles and images from this site only (no
 * inline script or handler anywhere in the templates), and no framing; personal pages and API answers
 * are never stored by a browser or proxy, while the public stylesheet and scripts may be.
 */
public final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        if (!ctx.path().startsWith("/public/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
