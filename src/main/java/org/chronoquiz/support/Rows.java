package org.chronoquiz.support;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Nullable columns: sqlite-jdbc refuses getObject(column, Long.class) on NULL, so read and check wasNull. */
public final class Rows {
    private Rows() {
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
