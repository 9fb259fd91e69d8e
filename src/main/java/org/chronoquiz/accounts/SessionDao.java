package org.chronoquiz.accounts;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sessions are written here; each request reads its own in {@link Visitors}, with its account. */
public interface SessionDao {
    @SqlUpdate("""
            INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
            VALUES (:tokenHash, :userId, :csrf, :now, :expiresAt)""")
    void insert(@Bind("tokenHash") String tokenHash, @Bind("userId") Long userId, @Bind("csrf") String csrf,
                @Bind("now") long now, @Bind("expiresAt") long expiresAt);

    @SqlUpdate("DELETE FROM sessions WHERE token_hash = :tokenHash")
    void delete(@Bind("tokenHash") String tokenHash);

    /** Every session of an account, as after its password is reset. */
    @SqlUpdate("DELETE FROM sessions WHERE user_id = :userId")
    void deleteForUser(@Bind("userId") long userId);

    @SqlUpdate("DELETE FROM sessions WHERE expires_at <= :now")
    int deleteExpired(@Bind("now") long now);
}
