package org.chronoquiz.web;

import io.javalin.Javalin;
import org.chronoquiz.TestApp;
import org.chronoquiz.accounts.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The failures that could keep a request thread busy forever in the error handling: an exception whose causes
 * loop, and a failure after the answer has started. Each gets its answer at once and the server keeps serving.
 */
class ErrorHandlingTest {
    @TempDir
    Path tmp;

    @Test
    void a_loop_of_causes_a_late_failure_and_a_broken_error_page_each_answer_at_once() throws Exception {
        try (TestApp base = TestApp.start(tmp)) {
            Javalin app = Javalin.create(cfg -> {
                cfg.fileRenderer(new PebbleRenderer(Path.of("templates"), false));
                cfg.startup.showJavalinBanner = false;
                cfg.routes.get("/loop", ctx -> {
                    RuntimeException a = new RuntimeException("a");
                    RuntimeException b = new RuntimeException("b", a);
                    a.initCause(b); // a caused by b caused by a
                    throw a;
                });
                cfg.routes.get("/late", ctx -> {
                    ctx.res().getOutputStream().write("half an answer".getBytes());
                    ctx.res().flushBuffer();
                    throw new IllegalStateException("after the answer started");
                });
                cfg.routes.get("/ok", ctx -> ctx.result("ok"));
                ErrorHandling.register(cfg, new Pages(base.accounts, false), new AllowedMethods());
            }).start(0);
            Javalin broken = Javalin.create(cfg -> { // no templates at all: the error page itself fails
                cfg.fileRenderer(new PebbleRenderer(tmp.resolve("no-templates"), false));
                cfg.startup.showJavalinBanner = false;
                cfg.routes.get("/boom", ctx -> {
                    throw new IllegalStateException("boom");
                });
                ErrorHandling.register(cfg, new Pages(base.accounts, false), new AllowedMethods());
            }).start(0);
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                HttpResponse<String> loop = get(http, app.port(), "/loop");
                assertEquals(500, loop.statusCode());
                assertTrue(loop.body().matches("(?s).*Something went wrong on our side \\(error [0-9a-f]+\\)\\..*"), loop.body());
                HttpResponse<String> late = get(http, app.port(), "/late");
                assertTrue(late.body().startsWith("half an answer"), "the answer already sent is left alone: " + late.body());
                HttpResponse<String> plain = get(http, broken.port(), "/boom");
                assertEquals(500, plain.statusCode());
                assertTrue(plain.body().startsWith("Something went wrong on our side"), plain.body());
                assertEquals("ok", get(http, app.port(), "/ok").body(), "still serving");
            } finally {
                app.stop();
                broken.stop();
            }
        }
    }

    @Test
    void a_form_over_the_size_limit_is_refused_with_a_4xx_before_it_is_read_and_stores_nothing() throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            HttpClient http = HttpClient.newHttpClient();
            String body = "email=a%40b.org&password=" + "x".repeat(300_000) + "&confirm=x";
            for (String path : new String[]{"/signup", "/login", "/instructor/questions"}) {
                // Expect: 100-continue, so the refusal arrives before the body is sent, as a careful client asks
                var res = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                        .expectContinue(true).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(res.statusCode() >= 400 && res.statusCode() < 500, path + ": " + res.statusCode());
            }
            assertEquals(0, app.count("SELECT count(*) FROM users") + app.count("SELECT count(*) FROM outbox"));
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "and the server keeps serving");
        }
    }

    @Test
    void a_body_in_a_charset_nobody_knows_is_a_400_not_a_500() throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[]{"/login", "/signup", "/api/reviews"}) {
                for (String charset : new String[]{"nope", "x!y"}) { // unknown, and not even a charset name
                    var res = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=" + charset)
                            .POST(HttpRequest.BodyPublishers.ofString("email=a%40b.org&password=x")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertTrue(res.statusCode() >= 400 && res.statusCode() < 500, path + " " + charset + ": " + res.statusCode());
                }
            }
            assertEquals(0, app.count("SELECT count(*) FROM users"));
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
