package org.chronoquiz.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.support.InvalidInput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Re-showing a form after bad input: status 400, the error beside its field, the input kept. */
public final class Forms {
    /** The form field every form carries its CSRF token in. */
    public static final String CSRF_FIELD = "_csrf";

    private Forms() {
    }

    /** The submitted values of {@code fields}, for putting back into the form. */
    public static Map<String, String> values(Context ctx, List<String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String f : fields) {
            String v = ctx.formParam(f);
            form.put(f, v == null ? "" : v);
        }
        return form;
    }

    public static void rerender(Context ctx, String template, Map<String, Object> model, Map<String, String> form,
                                InvalidInput error) {
        model.put("form", form);
        model.put("errors", Map.of(error.field(), error.getMessage()));
        ctx.status(HttpStatus.BAD_REQUEST);
        ctx.render(template, model);
    }

    /** A local path to go to after logging in; anything else (another site, "//host") goes home. */
    public static String safeNext(String next) {
        // a same-site path of printable URL characters only: browsers drop tabs and newlines and read "\\" as
        // "/", so "/\t/evil.example" or "/\\evil.example" would leave the site
        boolean samesite = next != null && next.length() <= MAX_NEXT && SAME_SITE_PATH.matcher(next).matches()
                && !next.startsWith("//");
        return samesite ? next : "/";
    }

    private static final int MAX_NEXT = 500;
    private static final java.util.regex.Pattern SAME_SITE_PATH =
            java.util.regex.Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]*");
}
