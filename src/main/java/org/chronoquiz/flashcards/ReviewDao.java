package org.chronoquiz.flashcards;

import org.chronoquiz.storage.Args;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;

/**
 * The reviews table. Fluent Jdbi, as {@link CardDao}: a review's insert and its idempotency-key lookup run on group
 * commit's one writer thread, where a SQL object's per-call work (resolving its method's types, copying its
 * configuration) cost more than the statements.
 */
public final class ReviewDao {
    private static final String COLUMNS = "id, card_id, user_id, review_key, rating, reviewed_at, before_state, after_state";

    static final String INSERT = """
            INSERT INTO reviews (card_id, user_id, review_key, rating, reviewed_at, before_phase, before_state, after_state)
            VALUES (:cardId, :userId, :key, :rating, :at, :beforePhase, :before, :after)""";
    /** The insert unless the learner already used the key: a retry then writes nothing and finds the first review. */
    static final String INSERT_NEW = INSERT + " ON CONFLICT (user_id, review_key) DO NOTHING";
    static final String BY_KEY = "SELECT " + COLUMNS + " FROM reviews WHERE user_id = :userId AND review_key = :key";
    static final String LATEST = "SELECT " + COLUMNS
            + " FROM reviews WHERE user_id = :userId ORDER BY reviewed_at DESC, id DESC LIMIT 1";
    /** Every review of the learner, grouped by card and in the order they happened: what a replay reads. */
    static final String HISTORY = "SELECT " + COLUMNS + " FROM reviews WHERE user_id = :userId ORDER BY card_id, reviewed_at, id";
    static final String DELETE = "DELETE FROM reviews WHERE id = :id";
    static final String COUNT = "SELECT count(*) FROM reviews WHERE user_id = :userId";

    private static final RowMapper<ReviewRecord> RECORD = (rs, ctx) -> new ReviewRecord(rs.getLong("id"),
            rs.getLong("card_id"), rs.getLong("user_id"), rs.getString("review_key"), rs.getInt("rating"),
            rs.getLong("reviewed_at"), rs.getString("before_state"), rs.getString("after_state"));

    void insert(Handle h, long cardId, long userId, String key, int rating, long at, String beforePhase,
                String before, String after) {
        insert(h, INSERT, cardId, userId, key, rating, at, beforePhase, before, after);
    }

    /** As {@link #insert}, but false, and nothing stored, when the learner already has a review with this key. */
    boolean insertNew(Handle h, long cardId, long userId, String key, int rating, long at, String beforePhase,
                      String before, String after) {
        return insert(h, INSERT_NEW, cardId, userId, key, rating, at, beforePhase, before, after) == 1;
    }

    private static int insert(Handle h, String sql, long cardId, long userId, String key, int rating, long at,
                              String beforePhase, String before, String after) {
        return h.createUpdate(sql).bind("cardId", Args.of(cardId)).bind("userId", Args.of(userId)).bind("key", Args.of(key))
                .bind("rating", Args.of(rating)).bind("at", Args.of(at)).bind("beforePhase", Args.of(beforePhase))
                .bind("before", Args.of(before)).bind("after", Args.of(after)).execute();
    }

    Optional<ReviewRecord> findByKey(Handle h, long userId, String key) {
        return h.createQuery(BY_KEY).bind("userId", Args.of(userId)).bind("key", Args.of(key)).map(RECORD).findOne();
    }

    Optional<ReviewRecord> latest(Handle h, long userId) {
        return h.createQuery(LATEST).bind("userId", Args.of(userId)).map(RECORD).findOne();
    }

    public List<ReviewRecord> history(Handle h, long userId) {
        return h.createQuery(HISTORY).bind("userId", Args.of(userId)).map(RECORD).list();
    }

    void delete(Handle h, long id) {
        h.createUpdate(DELETE).bind("id", Args.of(id)).execute();
    }

    public int count(Handle h, long userId) {
        return h.createQuery(COUNT).bind("userId", Args.of(userId)).map((rs, ctx) -> rs.getInt(1)).one();
    }
}
