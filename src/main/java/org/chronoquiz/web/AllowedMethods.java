package org.chronoquiz.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.matcher.PathParser;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The methods each path answers, read from the routes the application registered, for the {@code Allow}
 * header of a 405: a known address asked with the wrong method says which ones it takes.
 */
public final class AllowedMethods {
    private static final String STATIC = "/public/";
    private volatile List<Map.Entry<PathParser, HandlerType>> routes = List.of();

    /** Reads the routes once the application is built; until then nothing is allowed. */
    public void load(Javalin app) {
        routes = app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .map(e -> Map.entry(new PathParser(e.endpoint.path, app.unsafe.router), e.endpoint.method))
                .toList();
    }

    public String allow(String path) {
        if (path.startsWith(STATIC)) {
            return "GET, HEAD"; // the stylesheet and scripts, served as files rather than routes
        }
        return routes.stream().filter(r -> r.getKey().matches(path)).map(r -> r.getValue().name()).distinct().sorted()
                .collect(Collectors.joining(", "));
    }
}
