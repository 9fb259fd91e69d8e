package org.chronoquiz.bench;

import org.chronoquiz.App;
import org.chronoquiz.Config;
import org.chronoquiz.accounts.Accounts;
import org.chronoquiz.accounts.Passwords;
import org.chronoquiz.questions.QuestionBank;
import org.chronoquiz.storage.Database;
import org.chronoquiz.support.Tokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

/**
 * One machine at scale: 100,000 learners with 10 million review-log rows, and one heavy learner with 10,000
 * cards. Builds that database once (target/scale.db; about ten minutes), then measures single-client latency of
 * the pages and queries a learner waits on, against {@code /health} in the same run, plus start-up on the
 * large database against an empty one and the file size per million reviews.
 * {@code mvn -q test-compile exec:exec@bench -Dbench.args=scale} (SCALE_LEARNERS and SCALE_REVIEWS shrink it).
 */
public final class ScaleBenchmark {
    static final int LEARNERS = Integer.getInteger("scale.learners", intEnv("SCALE_LEARNERS", 100_000));
    static final long REVIEWS = Long.getLong("scale.reviews", intEnv("SCALE_REVIEWS", 10_000_000));
    static final int HEAVY_CARDS = 10_000;
    static final String PASSWORD = "a long scale password";
    private static final long DAY = Duration.ofDays(1).toMillis();

    private ScaleBenchmark() {
    }

    public static void run() throws Exception {
        Path db = Path.of("target/scale-" + LEARNERS + "-" + REVIEWS + ".db");
        if (!Files.exists(db)) {
            long t0 = System.nanoTime();
            build(db);
            System.out.printf("built %s in %.0f s%n", db, (System.nanoTime() - t0) / 1e9);
        }
        Path empty = Files.createTempDirectory("scale-empty").resolve("empty.db");
        double emptyStart = startSeconds(empty);
        double bigStart = startSeconds(db);
        System.out.printf("start-up: %.2f s on the large database, %.2f s on an empty one (%.2fx)%n",
                bigStart, emptyStart, bigStart / emptyStart);
        long size = Files.size(db);
        long reviews = count(db, "SELECT count(*) FROM reviews");
        System.out.printf("size: %.0f MB for %,d reviews and %,d cards: %.0f MB per million reviews%n", size / 1e6,
                reviews, count(db, "SELECT count(*) FROM cards"), size / 1e6 / (reviews / 1e6));
        measure(db);
    }

    /** Learners study the seed deck; the heavy one a deck of 10,000 flashcards; reviews spread over their cards. */
    static void build(Path file) throws Exception {
        try (Database database = Database.open(file.toString())) { // schema and seed deck as serve makes them
            new QuestionBank(database.jdbi(), Clock.systemUTC()).load(Path.of("seeds"), Path.of("questions"));
            Accounts accounts = new Accounts(database.jdbi(), new Passwords(), new Tokens(), Clock.systemUTC());
            accounts.create("heavy@scale.test", PASSWORD, "learner");
            accounts.create("typical@scale.test", PASSWORD, "learner");
        }
        String hash = text(file, "SELECT password_hash FROM users LIMIT 1"); // one real hash, not one per learner
        Random random = new Random(42);
        long now = System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF"); // a fixture: built once, thrown away on failure
                s.execute("PRAGMA synchronous = OFF");
            }
            c.setAutoCommit(false);
            long seedDeck = count(c, "SELECT min(id) FROM decks");
            try (Statement deck = c.createStatement()) {
                deck.executeUpdate("INSERT INTO decks (article_id, title) VALUES (NULL, 'Ten thousand dates')");
            }
            long bigDeck = count(c, "SELECT max(id) FROM decks");
            try (PreparedStatement q = c.prepareStatement("""
                    INSERT INTO questions (deck_id, qkey, type, prompt, answer, origin, status, source_start, created_at, updated_at)
                    VALUES (?, ?, 'cloze', ?, ?, 'instructor', 'active', ?, ?, ?)""")) {
                for (int i = 0; i < HEAVY_CARDS; i++) {
                    q.setLong(1, bigDeck);
                    q.setString(2, "bench-" + i);
                    q.setString(3, "Event number " + i + " happened in _____.");
                    q.setString(4, Integer.toString(1900 + i % 120));
                    q.setInt(5, i * 10);
                    q.setLong(6, now);
                    q.setLong(7, now);
                    q.addBatch();
                }
                q.executeBatch();
            }
            try (PreparedStatement u = c.prepareStatement("INSERT INTO users (email, password_hash, role, created_at) VALUES (?, ?, 'learner', ?)")) {
                for (int i = 0; i < LEARNERS; i++) {
                    u.setString(1, "l" + i + "@scale.test");
                    u.setString(2, hash);
                    u.setLong(3, now - 400 * DAY);
                    u.addBatch();
                    if (i % 10_000 == 9_999) {
                        u.executeBatch();
                    }
                }
                u.executeBatch();
            }
            try (Statement s = c.createStatement()) { // each learner studies the seed deck: cards by V11's trigger
                s.executeUpdate("INSERT INTO deck_learners (deck_id, user_id, added_at) SELECT " + seedDeck
                        + ", id, created_at FROM users");
                s.executeUpdate("INSERT INTO deck_learners (deck_id, user_id, added_at) SELECT " + bigDeck
                        + ", id, created_at FROM users WHERE email = 'heavy@scale.test'");
            }
            c.commit();
            reviews(c, random, now);
            c.commit(); // no ANALYZE: the service runs on the planner's defaults, as QueryPlanTest checks them
        }
    }

    /** Reviews for every card in turn until REVIEWS rows exist, and the cards left in review, due over a year. */
    private static void reviews(Connection c, Random random, long now) throws Exception {
        long cards = count(c, "SELECT count(*) FROM cards");
        long perCard = Math.max(1, REVIEWS / cards);
        long extra = REVIEWS - perCard * cards;
        String state = "{\"phase\":\"REVIEW\",\"step\":0,\"stability\":12.5,\"difficulty\":5.1,\"due\":" + now
                + ",\"lastReview\":" + now + ",\"scheduledDays\":12,\"reps\":4,\"lapses\":0}";
        try (PreparedStatement ids = c.prepareStatement("SELECT id, user_id FROM cards ORDER BY id");
             PreparedStatement r = c.prepareStatement("""
                     INSERT INTO reviews (card_id, user_id, review_key, rating, reviewed_at, before_phase, before_state, after_state)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement card = c.prepareStatement("UPDATE cards SET phase = 'REVIEW', stability = ?, difficulty = 5, due = ?, last_review = ?, reps = ?, scheduled_days = ? WHERE id = ?")) {
            var rows = ids.executeQuery();
            long written = 0;
            int batch = 0;
            java.util.List<long[]> all = new java.util.ArrayList<>(); // read first: the updates below change cards
            while (rows.next()) {
                all.add(new long[]{rows.getLong(1), rows.getLong(2)});
            }
            for (long[] row : all) {
                long n = perCard + (extra-- > 0 ? 1 : 0);
                long at = now - 300 * DAY + random.nextInt(30) * DAY;
                for (int k = 0; k < n; k++) {
                    r.setLong(1, row[0]);
                    r.setLong(2, row[1]);
                    r.setString(3, "b" + row[0] + "-" + k);
                    r.setInt(4, 1 + random.nextInt(4));
                    r.setLong(5, at);
                    r.setString(6, k == 0 ? "NEW" : "REVIEW");
                    r.setString(7, state);
                    r.setString(8, state);
                    r.addBatch();
                    at += (long) (DAY * (1 + random.nextInt(20)));
                    written++;
                    if (++batch == 10_000) {
                        r.executeBatch();
                        batch = 0;
                    }
                }
                long interval = 1 + random.nextInt(365);
                card.setDouble(1, interval * 1.1);
                card.setLong(2, now - 30 * DAY + random.nextInt(395) * DAY);
                card.setLong(3, at);
                card.setLong(4, n);
                card.setLong(5, interval);
                card.setLong(6, row[0]);
                card.addBatch();
                if (written % 1_000_000 < n) {
                    card.executeBatch();
                    c.commit();
                }
            }
            r.executeBatch();
            card.executeBatch();
        }
    }

    /** Latencies of one client, in turn, on the paths a learner waits on. */
    private static void measure(Path db) throws Exception {
        try (Database database = Database.open(db.toString())) {
            var config = new Config(0, db.toString(), Path.of("templates"), Path.of("seeds"), Path.of("questions"), false, false,
                    org.chronoquiz.mail.MailSettings.local(0));
            var app = App.create(config, database, Clock.systemUTC()).start(0);
            try {
                Accounts accounts = new Accounts(database.jdbi(), new Passwords(), new Tokens(), Clock.systemUTC());
                long heavy = accounts.findByEmail("heavy@scale.test").orElseThrow().id();
                String token = accounts.issueApiToken(heavy);
                long bigDeck = count(db, "SELECT max(id) FROM decks");
                String base = "http://localhost:" + app.port();
                HttpClient http = HttpClient.newHttpClient();
                String cookie = login(http, base, "heavy@scale.test", PASSWORD);
                System.out.println("single client, heavy learner (" + count(db, "SELECT count(*) FROM cards WHERE user_id = " + heavy)
                        + " cards, " + count(db, "SELECT count(*) FROM reviews WHERE user_id = " + heavy) + " reviews):");
                double[] health = time(http, HttpRequest.newBuilder(URI.create(base + "/health")).build(), 2000);
                report("GET /health (baseline)", health, health);
                report("GET /api/decks/{big}/due", time(http, HttpRequest.newBuilder(URI.create(base + "/api/decks/" + bigDeck + "/due?limit=20"))
                        .header("Authorization", "Bearer " + token).build(), 2000), health);
                report("GET /review", time(http, HttpRequest.newBuilder(URI.create(base + "/review")).header("Cookie", cookie).build(), 1000), health);
                report("GET /", time(http, HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", cookie).build(), 500), health);
                report("GET /stats", time(http, HttpRequest.newBuilder(URI.create(base + "/stats")).header("Cookie", cookie).build(), 200), health);
                // the same pages for a learner with an ordinary history, in the same run: what history costs
                long typical = accounts.findByEmail("typical@scale.test").orElseThrow().id();
                String typicalCookie = login(http, base, "typical@scale.test", PASSWORD);
                System.out.println("single client, typical learner (" + count(db, "SELECT count(*) FROM cards WHERE user_id = " + typical)
                        + " cards, " + count(db, "SELECT count(*) FROM reviews WHERE user_id = " + typical) + " reviews):");
                report("GET /review", time(http, HttpRequest.newBuilder(URI.create(base + "/review")).header("Cookie", typicalCookie).build(), 1000), health);
                report("GET /stats", time(http, HttpRequest.newBuilder(URI.create(base + "/stats")).header("Cookie", typicalCookie).build(), 200), health);
            } finally {
                app.stop();
            }
        }
    }

    /** Logs in through the form, as a browser does; returns the session cookie. */
    private static String login(HttpClient http, String base, String email, String password) throws Exception {
        var form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the log-in page");
        }
        String anonymous = form.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("cq_session="))
                .map(h -> h.substring(0, h.indexOf(';'))).findFirst().orElseThrow();
        String body = "_csrf=" + enc(csrf.group(1)) + "&email=" + enc(email) + "&password=" + enc(password);
        var res = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", anonymous)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return res.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("cq_session="))
                .map(h -> h.substring(0, h.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("log-in failed: " + res.statusCode()));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static double[] time(HttpClient http, HttpRequest request, int n) throws Exception {
        for (int i = 0; i < Math.min(200, n); i++) { // warm-up
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            var res = http.send(request, HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (res.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + res.statusCode());
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String label, double[] ms, double[] baseline) {
        double p50 = ms[ms.length / 2];
        double p99 = ms[(int) Math.ceil(ms.length * 0.99) - 1];
        System.out.printf("  %-28s p50 %7.2f ms   p99 %7.2f ms   (p99 %5.1fx the baseline's)%n", label, p50, p99,
                p99 / baseline[(int) Math.ceil(baseline.length * 0.99) - 1]);
    }

    private static double startSeconds(Path db) throws Exception {
        long t = System.nanoTime();
        try (Database database = Database.open(db.toString())) {
            var config = new Config(0, db.toString(), Path.of("templates"), Path.of("seeds"), Path.of("questions"), false, false,
                    org.chronoquiz.mail.MailSettings.local(0));
            new QuestionBank(database.jdbi(), Clock.systemUTC()).load(Path.of("seeds"), Path.of("questions"));
            App.create(config, database, Clock.systemUTC()).start(0).stop();
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String text(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static int intEnv(String name, int fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : Integer.parseInt(v);
    }
}
