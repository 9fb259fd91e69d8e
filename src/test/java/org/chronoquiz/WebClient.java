package org.chronoquiz;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A browser for tests: keeps cookies, does not follow redirects, and fills in the CSRF token as a form would. */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String origin;
    private final HttpClient http;
    private String csrf;

    WebClient(String origin) {
        this(origin, HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private WebClient(String origin, HttpClient http) {
        this.origin = origin;
        this.http = http;
    }

    /** The same browser (same cookies) talking to another instance, e.g. after a restart. */
    public WebClient at(TestApp other) {
        return new WebClient(other.client().origin, http);
    }

    public record Page(int status, String body, String location, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(origin + path)).GET().build());
        Matcher m = CSRF.matcher(page.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return page;
    }

    /** Any method with no body; the answer's headers too. */
    public HttpResponse<String> raw(String method, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(origin + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A HEAD request, as link checkers and monitors send. */
    public Page head(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Posts a form with the CSRF token of the last page seen, as the browser would. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, withToken);
    }

    /** Posts exactly these fields (no CSRF token added). */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Posts a multipart form, as a browser does for a form with a file input: the CSRF token of the last page,
     * the fields, and one file ({@code file} may be null for a form sent with no file chosen).
     */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
        String boundary = "----chronoquiz-test-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.putIfAbsent("_csrf", csrf);
        }
        java.util.function.Consumer<String> write = s -> body.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        withToken.forEach((k, v) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n"));
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + (file == null ? "" : fileName) + "\"\r\nContent-Type: " + (file == null ? "application/octet-stream" : "text/plain")
                + "\r\n\r\n");
        if (file != null) {
            body.writeBytes(file);
        }
        write.accept("\r\n--" + boundary + "--\r\n");
        return postBody(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Posts these bytes with this content type, as a client that builds its own body would. */
    public Page postBody(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Page api(String method, String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(b.build());
    }

    public void login(String email, String password) {
        get("/login");
        Page page = post("/login", Map.of("email", email, "password", password));
        assertEquals(303, page.status(), "login should redirect: " + page.body());
    }

    /** Adds the deck's flashcards to this learner's reviews with the deck page's button, as a learner does. */
    public void study(long deckId) {
        get("/decks/" + deckId);
        Page page = post("/decks/" + deckId + "/study", Map.of());
        assertEquals(303, page.status(), page.body());
    }

    /** Starts a quiz from the deck page's form, as a learner does; returns the quiz's address. */
    public String startQuiz(long deckId, int size) {
        get("/decks/" + deckId);
        Page page = post("/decks/" + deckId + "/quizzes", Map.of("size", Integer.toString(size)));
        assertEquals(303, page.status(), page.body());
        return page.location();
    }

    /** The id at the end of a quiz address. */
    public static long quizId(String quizUrl) {
        return Long.parseLong(quizUrl.substring(quizUrl.lastIndexOf('/') + 1));
    }

    public String origin() {
        return origin;
    }

    public String csrf() {
        return csrf;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
