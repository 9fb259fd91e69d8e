package org.chronoquiz.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies every row of one database into another, empty one of the same schema version (both were migrated by
 * {@link Database#open}): SQLite to PostgreSQL when a service outgrows one machine, or back. Tables are read from
 * the target's catalogue and copied parents first, in one transaction, so a failure leaves the target empty.
 * Values are converted to the target column's type (SQLite keeps flags as 0/1, PostgreSQL as BOOLEAN).
 */
public final class DataCopy {
    private static final int BATCH = 1000;

    private DataCopy() {
    }

    /**
     * Tables that are only counts of others, kept by the target's own triggers as those rows arrive: copying
     * them as well would count every review twice.
     */
    private static final Set<String> DERIVED = Set.of("review_slots");

    /** Rows copied, by table, in the order they were copied. */
    public static Map<String, Long> copy(Database from, Database to) {
        try {
            return copyAll(from, to);
        } catch (SQLException e) {
            throw new IllegalStateException("copy failed, the target is left as it was: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> copyAll(Database from, Database to) throws SQLException {
        return to.jdbi().inTransaction(target -> from.jdbi().withHandle(source -> {
            Connection in = source.getConnection();
            Connection out = target.getConnection();
            List<String> tables = parentsFirst(out);
            for (String table : tables) {
                if (count(out, table) > 0) {
                    throw new IllegalArgumentException("--to must be empty; its " + table + " has rows");
                }
            }
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : tables) {
                if (DERIVED.contains(table)) {
                    continue; // its triggers built it from the rows copied
                }
                // rows already here were made by the card triggers from accounts and questions copied just
                // before; the source's own rows of this table replace them
                try (Statement s = out.createStatement()) {
                    s.executeUpdate("DELETE FROM " + table);
                }
                copied.put(table, copyTable(in, out, table));
            }
            to.dialect().afterCopy(target);
            return copied;
        }));
    }

    private static long copyTable(Connection in, Connection out, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (Statement s = out.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData m = r.getMetaData();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                types.put(m.getColumnName(i).toLowerCase(), m.getColumnType(i));
            }
        }
        List<String> columns = new ArrayList<>(types.keySet());
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long n = 0;
        try (Statement s = in.createStatement();
             ResultSet rows = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table);
             PreparedStatement put = out.prepareStatement(insert)) {
            while (rows.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(put, i + 1, rows.getObject(i + 1), types.get(columns.get(i)));
                }
                put.addBatch();
                if (++n % BATCH == 0) {
                    put.executeBatch();
                }
            }
            put.executeBatch();
        }
        return n;
    }

    private static void bind(PreparedStatement put, int i, Object value, int type) throws SQLException {
        if (value == null) {
            put.setNull(i, type);
        } else if (type == Types.BOOLEAN || type == Types.BIT) {
            put.setBoolean(i, value instanceof Boolean b ? b : ((Number) value).longValue() != 0);
        } else if (value instanceof Boolean b) { // a PostgreSQL flag into SQLite's INTEGER
            put.setLong(i, b ? 1 : 0);
        } else if (type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT) {
            put.setLong(i, ((Number) value).longValue());
        } else if (type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL || type == Types.NUMERIC) {
            put.setDouble(i, ((Number) value).doubleValue());
        } else if (value instanceof byte[] bytes) {
            put.setBytes(i, bytes);
        } else {
            put.setString(i, value.toString());
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The schema's tables, each after every table its foreign keys point to. */
    private static List<String> parentsFirst(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet r = meta.getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
            while (r.next()) {
                String t = r.getString("TABLE_NAME").toLowerCase();
                if (!t.equals("flyway_schema_history") && !t.startsWith("sqlite_")) {
                    parents.put(t, new LinkedHashSet<>());
                }
            }
        }
        for (String t : parents.keySet()) {
            try (ResultSet r = meta.getImportedKeys(null, c.getSchema(), t)) {
                while (r.next()) {
                    String parent = r.getString("PKTABLE_NAME").toLowerCase();
                    if (!parent.equals(t)) {
                        parents.get(t).add(parent);
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            String next = parents.keySet().stream().filter(t -> !order.contains(t) && order.containsAll(parents.get(t)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("foreign keys in a cycle: " + parents));
            order.add(next);
        }
        return order;
    }
}
