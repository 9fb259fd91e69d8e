package org.chronoquiz.web;

import org.chronoquiz.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A wrong method on a known address is a 405 naming the right ones; every answer carries the security headers. */
class MethodsAndHeadersTest {
    @TempDir
    Path tmp;

    @Test
    void a_known_path_asked_with_another_method_answers_405_with_allow() {
        try (TestApp app = TestApp.start(tmp)) {
            // each registered path, with every method of every route whose pattern it matches ("new" is an {id} too)
            List<String> routes = app.routes();
            Map<String, Set<String>> methodsByPath = new java.util.TreeMap<>();
            for (String route : routes) {
                String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
                Set<String> methods = routes.stream()
                        .filter(r -> path.matches(r.substring(r.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "[^/]+")))
                        .map(r -> r.substring(0, r.indexOf(' '))).collect(Collectors.toCollection(TreeSet::new));
                methodsByPath.put(path, methods);
            }
            assertTrue(methodsByPath.size() > 10, methodsByPath.toString());
            var client = app.client();
            methodsByPath.forEach((path, methods) -> {
                for (String wrong : List.of("PUT", "DELETE", "PATCH")) {
                    if (methods.contains(wrong)) {
                        continue;
                    }
                    HttpResponse<String> res = client.raw(wrong, path);
                    assertEquals(405, res.statusCode(), wrong + " " + path);
                    Set<String> allow = new TreeSet<>(Arrays.asList(res.headers().firstValue("Allow").orElse("").split(",\\s*")));
                    assertEquals(methods, allow, "Allow for " + path);
                }
            });
            HttpResponse<String> css = client.raw("PUT", "/public/style.css");
            assertEquals(405, css.statusCode());
            assertEquals("GET, HEAD", css.headers().firstValue("Allow").orElse(""));
        }
    }

    @Test
    void pages_api_and_errors_carry_the_security_headers_and_personal_answers_are_not_stored() {
        try (TestApp app = TestApp.start(tmp)) {
            var learner = app.loggedIn("sec@example.org", "learner");
            for (String path : List.of("/", "/settings", "/api/decks", "/no/such/page", "/public/style.css")) {
                var h = learner.raw("GET", path).headers();
                assertTrue(h.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
                assertTrue(!h.firstValue("Content-Security-Policy").orElse("").contains("unsafe-inline"), path);
                assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
                assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(""), path);
                assertTrue(h.firstValue("Referrer-Policy").isPresent(), path);
                boolean personal = !path.startsWith("/public/");
                assertEquals(personal, h.firstValue("Cache-Control").orElse("").contains("no-store"), path);
            }
        }
    }
}
