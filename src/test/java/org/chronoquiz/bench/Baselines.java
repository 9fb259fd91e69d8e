package org.chronoquiz.bench;

import io.javalin.Javalin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The baselines the HTTP benchmark measures the service against, in the same run on the same machine
 * ({@code src/bench/http.sh} starts them from the packaged jar and the test classes):
 * <ul>
 *   <li>{@code hello PORT}: a bare Javalin answering {@code GET /hello}, for page throughput and start-up;</li>
 *   <li>{@code ceiling FILE SECONDS}: what a review costs SQLite with nothing else, one durable transaction per
 *   review from one thread (WAL, synchronous=FULL), each updating a card and inserting its review row with
 *   states as long as ours; prints transactions per second.</li>
 * </ul>
 */
public final class Baselines {
    private Baselines() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "hello" -> Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.routes.get("/hello", ctx -> ctx.result("hello"));
            }).start(Integer.parseInt(args[1]));
            case "ceiling" -> ceiling(args[1], Double.parseDouble(args[2]));
            default -> {
                System.err.println("usage: Baselines hello PORT | ceiling FILE SECONDS");
                System.exit(2);
            }
        }
    }

    private static void ceiling(String file, double seconds) throws Exception {
        // a card state as ours are stored, JSON of about 190 bytes, before and after
        String state = "{\"phase\":\"REVIEW\",\"step\":0,\"stability\":12.345678901234,\"difficulty\":5.4321098765,"
                + "\"due\":\"2026-03-12T09:00:00Z\",\"lastReview\":\"2026-03-02T09:00:00Z\",\"scheduledDays\":10,"
                + "\"reps\":4,\"lapses\":0}";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE cards (id INTEGER PRIMARY KEY, stability REAL, due INTEGER, reps INTEGER)");
                s.execute("""
                        CREATE TABLE reviews (id INTEGER PRIMARY KEY, card_id INTEGER, user_id INTEGER, review_key TEXT,
                        rating INTEGER, reviewed_at INTEGER, before_phase TEXT, before_state TEXT, after_state TEXT,
                        UNIQUE (user_id, review_key))""");
                s.execute("CREATE INDEX reviews_user ON reviews (user_id, reviewed_at, rating, before_phase)");
                for (int i = 1; i <= 1000; i++) {
                    s.execute("INSERT INTO cards VALUES (" + i + ", 1.0, 0, 0)");
                }
            }
            c.setAutoCommit(false);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            long n = 0;
            long start = System.nanoTime();
            try (PreparedStatement card = c.prepareStatement("UPDATE cards SET stability = ?, due = ?, reps = reps + 1 WHERE id = ?");
                 PreparedStatement review = c.prepareStatement("INSERT INTO reviews (card_id, user_id, review_key, rating, "
                         + "reviewed_at, before_phase, before_state, after_state) VALUES (?, ?, ?, 3, ?, 'REVIEW', ?, ?)")) {
                while (System.nanoTime() < end) {
                    long id = n % 1000 + 1;
                    card.setDouble(1, 1.0 + n);
                    card.setLong(2, n);
                    card.setLong(3, id);
                    card.executeUpdate();
                    review.setLong(1, id);
                    review.setLong(2, n % 8);
                    review.setString(3, "ceiling-" + n);
                    review.setLong(4, System.currentTimeMillis());
                    review.setString(5, state);
                    review.setString(6, state);
                    review.executeUpdate();
                    c.commit(); // one fsync per review: what group commit shares out
                    n++;
                }
            }
            System.out.printf("%.0f%n", n / ((System.nanoTime() - start) / 1e9));
        }
    }
}
