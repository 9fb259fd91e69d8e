package org.chronoquiz.web;

import io.javalin.http.Context;

import java.util.Map;

/**
 * The model a page starts from (who is logged in, the form token, a flash message). Accounts provide it;
 * web's error pages only need to ask for it, so web depends on no feature.
 */
@FunctionalInterface
public interface PageModel {
    Map<String, Object> model(Context ctx);
}
