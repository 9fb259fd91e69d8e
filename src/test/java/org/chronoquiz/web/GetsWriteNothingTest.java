package org.chronoquiz.web;

import org.chronoquiz.TestApp;
import org.chronoquiz.TestDatabases;
import org.chronoquiz.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A GET changes no row. SQLite's data_version, read on a connection of the test's own, changes when any other
 * connection commits a change: if it is the same before and after every GET route, none of them wrote.
 * PostgreSQL has no such counter for one database, so there the probe is a digest of every row of every table in
 * the test's schema (its statistics views are updated late and count the server's own work too).
 */
class GetsWriteNothingTest {
    @TempDir
    Path tmp;

    private static String dataVersion(Connection c) throws SQLException {
        if (TestDatabases.postgres()) {
            StringBuilder all = new StringBuilder();
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, "
                        + "'|' ORDER BY t::text)), '') FROM \"" + table + "\" t")) {
                    r.next();
                    all.append(table).append('=').append(r.getString(1)).append(' ');
                }
            }
            return all.toString();
        }
        try (ResultSet r = c.createStatement().executeQuery("PRAGMA data_version")) {
            return Long.toString(r.getLong(1));
        }
    }

    @Test
    void every_get_route_a_learner_and_an_instructor_use_leaves_the_database_as_it_was() throws Exception {
        try (TestApp app = TestApp.start(tmp)) {
            WebClient learner = app.loggedIn("learner@example.org", "learner");
            learner.study(app.deckId());
            WebClient teacher = app.loggedIn("teacher@example.org", "instructor");
            String token = app.accounts.issueApiToken(app.count("SELECT id FROM users WHERE email = 'learner@example.org'"));
            assertTrue(app.count("SELECT count(*) FROM cards WHERE user_id = (SELECT id FROM users WHERE email = 'learner@example.org')") > 0,
                    "a learner who added the deck has its cards before any page is seen");
            try (Connection c = DriverManager.getConnection(app.db.startsWith("jdbc:") ? app.db : "jdbc:sqlite:" + app.db)) {
                String before = dataVersion(c);
                for (TestApp.Route r : app.routesWithRoles()) {
                    if (!r.method().equals("GET")) {
                        continue;
                    }
                    String path = r.path().replace("{id}", r.path().startsWith("/instructor/articles/") ? "000_2ee458c0465a5763" : "1");
                    if (path.startsWith("/api/")) {
                        app.client().api("GET", path, null, token);
                    } else {
                        learner.get(path);
                        teacher.get(path);
                        teacher.head(path);
                    }
                }
                assertEquals(before, dataVersion(c), "no GET or HEAD committed a change");
                teacher.get("/instructor/classes");
                teacher.post("/instructor/classes", java.util.Map.of("name", "Probe"));
                assertTrue(!dataVersion(c).equals(before), "the probe sees a write when there is one");
            }
        }
    }
}
