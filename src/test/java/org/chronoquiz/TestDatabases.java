package org.chronoquiz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Where a test's database lives. By default a SQLite file at the path the test chose. With
 * {@code CHRONOQUIZ_TEST_POSTGRES} (environment, or the system property {@code chronoquiz.test.postgres}) set to
 * the JDBC URL of a PostgreSQL server whose user may create schemas, each such path names a fresh schema on that
 * server instead: the same path gives the same schema, so a test that reopens "its file" reopens its database,
 * and every test's temporary folder is new, so every test starts empty.
 */
public final class TestDatabases {
    public static final String ENV = "CHRONOQUIZ_TEST_POSTGRES";

    private TestDatabases() {
    }

    /** The server's URL when the suite runs on PostgreSQL, else null. */
    public static String server() {
        String url = System.getProperty("chronoquiz.test.postgres", System.getenv(ENV));
        return url == null || url.isBlank() ? null : url;
    }

    public static boolean postgres() {
        return server() != null;
    }

    /** The {@code --db} value for a database at {@code file}: the file itself, or its schema's JDBC URL. */
    public static String at(Path file) {
        String server = server();
        if (server == null) {
            return file.toString();
        }
        String schema = "t_" + digest(file.toAbsolutePath().normalize().toString());
        try (Connection c = DriverManager.getConnection(server)) {
            c.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + server, e);
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
