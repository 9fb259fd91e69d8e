package org.chronoquiz.accounts;

import org.chronoquiz.storage.Args;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is asking, read once per request: a session with its account, or an API token's account, each in one
 * statement. Written with Jdbi's fluent API and a mapper of its own rather than as a SQL object: every request
 * runs these, and a SQL object call resolves its method's types and copies its configuration each time, which
 * cost more than the query.
 */
final class Visitors {
    private static final String USER_COLUMNS =
            "u.id, u.email, u.role, u.desired_retention, u.new_cards_per_day, u.time_zone, u.fsrs_weights";

    static final String SESSION = "SELECT s.token_hash, s.user_id, s.csrf_token, s.expires_at, " + USER_COLUMNS
            + " FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.token_hash = :tokenHash AND s.expires_at > :now";

    static final String API_TOKEN = "SELECT " + USER_COLUMNS
            + " FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = :hash";

    /** A live session, and its account when it has one (an anonymous session has none). */
    record Visit(Session session, User user) {
    }

    private static final RowMapper<Visit> VISIT = (rs, ctx) -> {
        Session session = new Session(rs.getString("token_hash"), nullableLong(rs, "user_id"),
                rs.getString("csrf_token"), rs.getLong("expires_at"));
        return new Visit(session, session.userId() == null || rs.getObject("id") == null ? null : user(rs));
    };

    /**
     * By position, as {@link #API_TOKEN} selects {@link #USER_COLUMNS} alone: the SQLite driver finds a column asked
     * for by name by comparing it, ignoring case, with each column's name, and every API request runs this.
     */
    private static final RowMapper<User> USER = (rs, ctx) -> new User(rs.getLong(1), rs.getString(2),
            Role.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getDouble(4), rs.getInt(5), rs.getString(6),
            rs.getString(7));

    Optional<Visit> session(Handle h, String tokenHash, long now) {
        return h.createQuery(SESSION).bind("tokenHash", Args.of(tokenHash)).bind("now", Args.of(now)).map(VISIT)
                .findOne();
    }

    Optional<User> apiToken(Handle h, String tokenHash) {
        return h.createQuery(API_TOKEN).bind("hash", Args.of(tokenHash)).map(USER).findOne();
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("email"), Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
                rs.getDouble("desired_retention"), rs.getInt("new_cards_per_day"), rs.getString("time_zone"),
                rs.getString("fsrs_weights"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
