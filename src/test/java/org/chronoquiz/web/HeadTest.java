package org.chronoquiz.web;

import org.chronoquiz.TestApp;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HEAD answers wherever GET does, with the same status, for every GET route the application registers. */
class HeadTest {
    @TempDir
    Path tmp;

    @Test
    void head_answers_as_get_does_on_every_get_route() {
        try (TestApp app = TestApp.start(tmp)) {
            List<String> gets = app.routes().stream().filter(r -> r.startsWith("GET "))
                    .map(r -> r.substring(4).replaceAll("\\{[^}]+}", "1")).toList();
            assertTrue(gets.size() > 10, "the routes were found: " + gets);
            for (WebClient who : List.of(app.client(), app.loggedIn("hal@example.org", "learner"))) {
                for (String path : gets) {
                    int get = who.get(path).status();
                    var head = who.head(path);
                    assertEquals(get, head.status(), "HEAD " + path);
                    assertTrue(head.status() < 500, "HEAD " + path);
                }
            }
        }
    }
}
