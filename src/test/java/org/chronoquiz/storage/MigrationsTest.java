package org.chronoquiz.storage;

import org.chronoquiz.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The two dialects' migrations stay in step: a migration added for SQLite only (or only in PostgreSQL's spelling)
 * fails here, not on the first PostgreSQL deployment; and both build the same tables with the same columns.
 */
class MigrationsTest {
    @TempDir
    Path tmp;

    /** Version to file name, for one folder under db/migration. */
    private static Map<String, String> files(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(MigrationsTest.class.getResource("/db/migration/" + folder)).toURI());
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).forEach(f -> out.put(f.substring(0, f.indexOf("__")), f));
        }
        return out;
    }

    @Test
    void each_version_is_common_or_has_one_file_per_dialect_with_the_same_name() throws Exception {
        Map<String, String> common = files("common");
        Map<String, String> sqlite = files("sqlite");
        Map<String, String> postgresql = files("postgresql");
        assertEquals(sqlite, postgresql, "the same versions and names in both dialect folders");
        for (String version : common.keySet()) {
            assertFalse(sqlite.containsKey(version), version + " is common and also in a dialect folder");
        }
        assertTrue(common.containsKey("V2") && sqlite.containsKey("V1"), "the folders were found: " + common + sqlite);
    }

    /** Table to its columns, each with whether it takes NULL, as the database describes them. */
    private static Map<String, Map<String, Boolean>> columns(Database db) {
        String sql = db.dialect() == Dialect.SQLITE
                ? """
                  SELECT m.name AS t, c.name AS c, c."notnull" = 0 AND c.pk = 0 AS nullable
                  FROM sqlite_master m JOIN pragma_table_info(m.name) c
                  WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"""
                : """
                  SELECT table_name AS t, column_name AS c, is_nullable = 'YES' AS nullable
                  FROM information_schema.columns WHERE table_schema = current_schema()""";
        Map<String, Map<String, Boolean>> out = new TreeMap<>();
        db.jdbi().useHandle(h -> h.createQuery(sql).map((rs, ctx) -> {
            if (!rs.getString("t").equals("flyway_schema_history")) {
                out.computeIfAbsent(rs.getString("t"), k -> new TreeMap<>()).put(rs.getString("c"), rs.getBoolean("nullable"));
            }
            return null;
        }).list());
        return out;
    }

    @Test
    void both_dialects_build_the_same_tables_with_the_same_columns() {
        assumeTrue(TestDatabases.postgres(), "needs a PostgreSQL server (CHRONOQUIZ_TEST_POSTGRES)");
        try (Database sqlite = Database.open(tmp.resolve("schema.db").toString());
             Database postgresql = Database.open(TestDatabases.at(tmp.resolve("schema-pg")))) {
            assertEquals(columns(sqlite), columns(postgresql));
            int sqliteTriggers = sqlite.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").mapTo(Integer.class).one());
            assertEquals(sqliteTriggers, (int) postgresql.jdbi().withHandle(h -> h.createQuery("""
                            SELECT count(DISTINCT trigger_name) FROM information_schema.triggers
                            WHERE trigger_schema = current_schema()""").mapTo(Integer.class).one()),
                    "the same triggers keep cards in step with accounts and questions");
        }
    }
}
