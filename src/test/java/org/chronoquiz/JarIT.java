package org.chronoquiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar as an operator runs it: commands work, serve answers /health, and it stops cleanly. */
class JarIT {
    private static final Path JAR = Path.of("target/chronoquiz.jar");
    @TempDir
    Path tmp;

    private Process run(List<String> args, String stdin) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false)
                .redirectError(tmp.resolve("stderr-" + System.nanoTime() + ".txt").toFile()).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        return p;
    }

    private String finish(Process p) throws Exception {
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "command finished");
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void the_jar_serves_health_and_stops() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String db = TestDatabases.at(tmp.resolve("jar.db"));
        Process server = run(List.of("serve", "--port", Integer.toString(port), "--db", db), null);
        try {
            HttpClient http = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            HttpResponse<String> health = null;
            while (Instant.now().isBefore(deadline)) {
                try {
                    health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    break;
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertTrue(health != null, "the server answered within a minute");
            assertEquals(200, health.statusCode());
            assertEquals("{\"status\":\"ok\"}", health.body());
        } finally {
            server.destroy();
        }
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "it stops on SIGTERM");
        try (var c = java.sql.DriverManager.getConnection(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db);
             var rows = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            assertTrue(rows.next() && rows.getInt(1) > 0, "the database was created and migrated");
        }
    }

    @Test
    void serve_started_away_from_its_templates_says_where_it_looked_and_exits_instead_of_answering_500s() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Process server = run(List.of("serve", "--port", "0", "--templates", elsewhere.toString(),
                "--db", TestDatabases.at(tmp.resolve("t.db"))), null);
        finish(server);
        assertEquals(2, server.exitValue());
        String err;
        try (var files = Files.list(tmp)) {
            err = files.filter(f -> f.getFileName().toString().startsWith("stderr-")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.joining());
        }
        assertTrue(err.contains("no Chronoquiz templates in " + elsewhere.toAbsolutePath()), err);
    }

    @Test
    void user_add_and_user_token_make_an_instructor_who_can_use_the_api() throws Exception {
        String db = TestDatabases.at(tmp.resolve("users.db"));
        String created = finish(run(List.of("user", "add", "--email", "prof@example.org", "--role", "instructor",
                "--password-stdin", "--db", db), "a long password\n"));
        assertTrue(created.contains("prof@example.org"), created);
        String token = finish(run(List.of("user", "token", "--email", "prof@example.org", "--db", db), null)).trim();
        assertTrue(token.startsWith("cq_") && token.length() > 30, token);
        Process bad = run(List.of("user", "add", "--email", "nope", "--password-stdin", "--db", db), "a long password\n");
        assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, bad.exitValue(), "a bad email fails the command");
    }

    @Test
    void article_add_then_export_and_import_work_from_the_jar_as_other_tools_call_them() throws Exception {
        String db = TestDatabases.at(tmp.resolve("articles.db"));
        Process add = run(List.of("article", "add", "--title", "Harbour bridge reopens", "--outlet", "City Gazette",
                "--published", "2024-04-15", "--db", db, "src/test/resources/fixtures/articles/harbour-bridge.txt"), null);
        String added = finish(add);
        assertEquals(0, add.exitValue());
        assertTrue(added.startsWith("added “Harbour bridge reopens” (article a_"), added);
        Path bank = tmp.resolve("bank.gift");
        Process imported = run(List.of("import", "--deck", "Russia and Syria", "--db", db, "questions/000_2ee458c0465a5763.json"), null);
        assertTrue(finish(imported).contains("added"));
        assertEquals(0, imported.exitValue());
        Process export = run(List.of("export", "--format", "gift", "--deck", "Russia and Syria", "--out", bank.toString(),
                "--db", db), null);
        finish(export);
        assertEquals(0, export.exitValue());
        assertTrue(Files.readString(bank).startsWith("$CATEGORY: Russia and Syria"), "a GIFT file Moodle reads");
        Process again = run(List.of("import", "--db", db, bank.toString()), null);
        assertTrue(finish(again).contains(" 0 added, 0 updated, "), "the same questions: nothing changes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitHealth(HttpClient http, int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not answer within a minute");
    }

    @Test
    void every_acknowledged_review_survives_a_sigkill_in_the_middle_of_the_traffic() throws Exception {
        String db = TestDatabases.at(tmp.resolve("kill.db"));
        finish(run(List.of("user", "add", "--email", "ada@example.org", "--password-stdin", "--db", db), "a long password\n"));
        String token = finish(run(List.of("user", "token", "--email", "ada@example.org", "--db", db), null)).trim();
        int port = freePort();
        Process server = run(List.of("serve", "--port", Integer.toString(port), "--db", db), null);
        HttpClient http = HttpClient.newHttpClient();
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try {
            awaitHealth(http, port);
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/decks/1/study"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String due = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/decks/1/due?limit=1"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
            String card = due.replaceAll("(?s).*\"card_id\":(\\d+).*", "$1");
            Thread client = new Thread(() -> {
                for (int i = 0; i < 100_000; i++) {
                    String key = "kill-" + i;
                    try {
                        var res = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reviews"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"card_id\": " + card + ", \"rating\": 3, \"review_id\": \""
                                        + key + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                        if (res.statusCode() == 200) {
                            acknowledged.add(key); // the server said it is stored
                        }
                    } catch (IOException killed) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            client.start();
            Instant until = Instant.now().plusSeconds(20);
            while (acknowledged.size() < 50 && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, mid-request
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
            client.join(30_000);
        } finally {
            server.destroyForcibly();
        }
        assertTrue(acknowledged.size() >= 50, "traffic was flowing when the process died: " + acknowledged.size());
        java.util.Set<String> stored = new java.util.HashSet<>();
        try (var c = java.sql.DriverManager.getConnection(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db);
             var rows = c.createStatement().executeQuery("SELECT review_key FROM reviews")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        java.util.Set<String> lost = new java.util.TreeSet<>(acknowledged);
        lost.removeAll(stored);
        assertEquals(java.util.Set.of(), lost, acknowledged.size() + " acknowledged, " + stored.size() + " stored");
    }
    /**
     * Several clients at once, as a class would: two learners each grading cards from two connections and
     * answering quizzes from a third. The server is killed mid-stream and started again; every review and
     * answer it acknowledged is stored exactly once, and SQLite finds the file whole.
     */
    @Test
    void several_clients_reviewing_and_answering_lose_nothing_acknowledged_to_a_sigkill() throws Exception {
        String db = TestDatabases.at(tmp.resolve("many.db"));
        List<String> tokens = new java.util.ArrayList<>();
        for (String email : List.of("ada@example.org", "bo@example.org")) {
            finish(run(List.of("user", "add", "--email", email, "--password-stdin", "--db", db), "a long password\n"));
            tokens.add(finish(run(List.of("user", "token", "--email", email, "--db", db), null)).trim());
        }
        int port = freePort();
        String base = "http://localhost:" + port;
        Process server = run(List.of("serve", "--port", Integer.toString(port), "--db", db), null);
        HttpClient http = HttpClient.newHttpClient();
        java.util.Set<String> reviews = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Set<String> answers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> clients = new java.util.ArrayList<>();
        try {
            awaitHealth(http, port);
            for (int learner = 0; learner < tokens.size(); learner++) {
                String token = tokens.get(learner);
                post(http, base + "/api/decks/1/study", token, "{}");
                String due = http.send(HttpRequest.newBuilder(URI.create(base + "/api/decks/1/due?limit=10"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
                List<String> cards = java.util.regex.Pattern.compile("\"card_id\":(\\d+)").matcher(due).results()
                        .map(m -> m.group(1)).toList();
                assertTrue(!cards.isEmpty(), due);
                for (int conn = 0; conn < 2; conn++) {
                    String prefix = "l" + learner + "c" + conn + "-";
                    clients.add(new Thread(() -> {
                        for (int i = 0; !stop.get(); i++) {
                            String key = prefix + i;
                            String body = "{\"card_id\": " + cards.get(i % cards.size()) + ", \"rating\": " + (1 + i % 4)
                                    + ", \"review_id\": \"" + key + "\"}";
                            if (post(http, base + "/api/reviews", token, body) == 200) {
                                reviews.add(key); // acknowledged: it must be on disk
                            }
                        }
                    }));
                }
                clients.add(new Thread(() -> {
                    while (!stop.get()) {
                        String quiz = send(http, base + "/api/quizzes", token, "{\"deck_id\": 1, \"size\": 5}");
                        if (quiz == null) {
                            return;
                        }
                        String quizId = quiz.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
                        for (String q : java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"type\"").matcher(quiz).results()
                                .map(m -> m.group(1)).toList()) {
                            if (post(http, base + "/api/quizzes/" + quizId + "/answers", token,
                                    "{\"question_id\": " + q + ", \"answer\": \"1944\"}") == 200) {
                                answers.add(quizId + ":" + q);
                            }
                        }
                    }
                }));
            }
            clients.forEach(Thread::start);
            Instant until = Instant.now().plusSeconds(30);
            while ((reviews.size() < 100 || answers.size() < 10) && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            server.destroyForcibly(); // SIGKILL in the middle of all of it
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
            stop.set(true);
            for (Thread t : clients) {
                t.join(30_000);
            }
        } finally {
            stop.set(true);
            server.destroyForcibly();
        }
        assertTrue(reviews.size() >= 100 && answers.size() >= 10, "traffic was flowing: " + reviews.size()
                + " reviews, " + answers.size() + " answers acknowledged");

        Process again = run(List.of("serve", "--port", Integer.toString(port), "--db", db), null);
        try {
            awaitHealth(http, port); // it starts on what the kill left
        } finally {
            again.destroy();
            assertTrue(again.waitFor(30, TimeUnit.SECONDS));
        }
        try (var c = java.sql.DriverManager.getConnection(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db)) {
            java.util.Map<String, Integer> storedReviews = new java.util.HashMap<>();
            try (var rows = c.createStatement().executeQuery("SELECT review_key FROM reviews")) {
                while (rows.next()) {
                    storedReviews.merge(rows.getString(1), 1, Integer::sum);
                }
            }
            java.util.Map<String, Integer> storedAnswers = new java.util.HashMap<>();
            try (var rows = c.createStatement().executeQuery("SELECT quiz_id || ':' || question_id FROM answers")) {
                while (rows.next()) {
                    storedAnswers.merge(rows.getString(1), 1, Integer::sum);
                }
            }
            for (String key : reviews) {
                assertEquals(1, storedReviews.getOrDefault(key, 0), "review " + key + " acknowledged, stored once");
            }
            for (String key : answers) {
                assertEquals(1, storedAnswers.getOrDefault(key, 0), "answer " + key + " acknowledged, stored once");
            }
            if (!db.startsWith("jdbc:postgresql:")) { // the PostgreSQL server was not killed, only its client
                try (var rows = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                    assertTrue(rows.next());
                    assertEquals("ok", rows.getString(1));
                }
            }
        }
    }

    /** POSTs JSON; the status, or -1 once the server is gone. */
    private static int post(HttpClient http, String url, String token, String body) {
        try {
            return http.send(request(url, token, body), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException gone) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** POSTs JSON; the body of a 200, or null. */
    private static String send(HttpClient http, String url, String token, String body) {
        try {
            var res = http.send(request(url, token, body), HttpResponse.BodyHandlers.ofString());
            return res.statusCode() == 200 ? res.body() : null;
        } catch (IOException gone) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static HttpRequest request(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
