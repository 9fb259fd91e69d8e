package org.chronoquiz.accounts;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

public interface TokenDao {
    @SqlUpdate("INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (:userId, :hash, :now)")
    void insert(@Bind("userId") long userId, @Bind("hash") String hash, @Bind("now") long now);

    @SqlQuery("SELECT user_id FROM api_tokens WHERE token_hash = :hash")
    Optional<Long> userFor(@Bind("hash") String hash);
}
