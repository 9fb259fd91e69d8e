package org.chronoquiz.flashcards;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Set;

/** Which decks a learner studies; adding one makes its cards (see migration V11). */
public interface StudyDao {
    /** True when the deck was added now, false when the learner already studied it. */
    @SqlUpdate("INSERT INTO deck_learners (deck_id, user_id, added_at) VALUES (:deckId, :userId, :now) ON CONFLICT DO NOTHING")
    boolean add(@Bind("deckId") long deckId, @Bind("userId") long userId, @Bind("now") long now);

    @SqlQuery("SELECT deck_id FROM deck_learners WHERE user_id = :userId")
    Set<Long> decks(@Bind("userId") long userId);

    @SqlQuery("SELECT count(*) FROM cards c JOIN questions q ON q.id = c.question_id WHERE c.user_id = :userId AND q.deck_id = :deckId AND q.status = 'active'")
    int cards(@Bind("userId") long userId, @Bind("deckId") long deckId);
}
