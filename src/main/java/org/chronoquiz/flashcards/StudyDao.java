package org.chronoquiz.flashcards;

import org.chronoquiz.storage.Args;
import org.jdbi.v3.core.Handle;

import java.util.HashSet;
import java.util.Set;

/**
 * Which decks a learner studies; adding one makes its cards (see migration V11). Fluent Jdbi, as {@link DueCards}:
 * the home and review pages read the studied decks, and a SQL object call resolved its method's types and copied its
 * configuration each time, which cost more than the query.
 */
public final class StudyDao {
    static final String ADD =
            "INSERT INTO deck_learners (deck_id, user_id, added_at) VALUES (:deckId, :userId, :now) ON CONFLICT DO NOTHING";
    static final String DECKS = "SELECT deck_id FROM deck_learners WHERE user_id = :userId";
    static final String CARDS = "SELECT count(*) FROM cards c JOIN questions q ON q.id = c.question_id"
            + " WHERE c.user_id = :userId AND q.deck_id = :deckId AND q.status = 'active'";

    /** True when the deck was added now, false when the learner already studied it. */
    boolean add(Handle h, long deckId, long userId, long now) {
        return h.createUpdate(ADD).bind("deckId", Args.of(deckId)).bind("userId", Args.of(userId))
                .bind("now", Args.of(now)).execute() > 0;
    }

    Set<Long> decks(Handle h, long userId) {
        Set<Long> decks = new HashSet<>();
        h.createQuery(DECKS).bind("userId", Args.of(userId)).map((rs, ctx) -> rs.getLong(1)).forEach(decks::add);
        return decks;
    }

    int cards(Handle h, long userId, long deckId) {
        return h.createQuery(CARDS).bind("userId", Args.of(userId)).bind("deckId", Args.of(deckId))
                .map((rs, ctx) -> rs.getInt(1)).one();
    }
}
