package org.chronoquiz.accounts;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface TokenDao {
    @SqlUpdate("INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (:userId, :hash, :now)")
    void insert(@Bind("userId") long userId, @Bind("hash") String hash, @Bind("now") long now);
}
