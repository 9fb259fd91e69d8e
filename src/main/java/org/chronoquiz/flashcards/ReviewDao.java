package org.chronoquiz.flashcards;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(ReviewRecord.class)
public interface ReviewDao {
    String COLUMNS = "id, card_id, user_id, review_key, rating, reviewed_at, before_state, after_state";

    @SqlUpdate("""
            INSERT INTO reviews (card_id, user_id, review_key, rating, reviewed_at, before_phase, before_state, after_state)
            VALUES (:cardId, :userId, :key, :rating, :at, :beforePhase, :before, :after)""")
    void insert(@Bind("cardId") long cardId, @Bind("userId") long userId, @Bind("key") String key,
                @Bind("rating") int rating, @Bind("at") long at, @Bind("beforePhase") String beforePhase,
                @Bind("before") String before, @Bind("after") String after);

    @SqlQuery("SELECT " + COLUMNS + " FROM reviews WHERE user_id = :userId AND review_key = :key")
    Optional<ReviewRecord> findByKey(@Bind("userId") long userId, @Bind("key") String key);

    @SqlQuery("SELECT " + COLUMNS + " FROM reviews WHERE user_id = :userId ORDER BY reviewed_at DESC, id DESC LIMIT 1")
    Optional<ReviewRecord> latest(@Bind("userId") long userId);

    /** Every review of the learner, grouped by card and in the order they happened: what a replay reads. */
    @SqlQuery("SELECT " + COLUMNS + " FROM reviews WHERE user_id = :userId ORDER BY card_id, reviewed_at, id")
    List<ReviewRecord> history(@Bind("userId") long userId);

    @SqlUpdate("DELETE FROM reviews WHERE id = :id")
    void delete(@Bind("id") long id);

    @SqlQuery("SELECT count(*) FROM reviews WHERE user_id = :userId")
    int count(@Bind("userId") long userId);
}
