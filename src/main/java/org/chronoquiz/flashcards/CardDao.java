package org.chronoquiz.flashcards;

import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@RegisterRowMapper(CardMapper.class)
public interface CardDao {
    String SELECT = """
            SELECT c.*, q.deck_id, q.prompt, q.answer, q.source_sentence
            FROM cards c JOIN questions q ON q.id = c.question_id
            """;

    @SqlQuery(SELECT + " WHERE c.id = :id")
    Optional<Card> findById(@Bind("id") long id);

    /** Cards in learning or review that are due, earliest first (learning steps come due within minutes). */
    @SqlQuery(SELECT + """
             WHERE c.user_id = :userId AND c.phase <> 'NEW' AND c.due <= :now AND q.status = 'active'
               AND (:deckId = 0 OR q.deck_id = :deckId)
             ORDER BY c.due, c.id LIMIT :limit""")
    List<Card> dueReviews(@Bind("userId") long userId, @Bind("deckId") long deckId, @Bind("now") long now,
                          @Bind("limit") int limit);

    /**
     * New cards in the order their questions were added (as Anki's new-card order): read from the cards_new
     * index in that order, so nothing is sorted and the read stops at {@code limit}.
     */
    @SqlQuery(SELECT + """
             WHERE c.user_id = :userId AND c.phase = 'NEW' AND q.status = 'active' AND q.type = 'cloze'
               AND q.deck_id >= :fromDeck AND q.deck_id <= :toDeck
             ORDER BY c.question_id LIMIT :limit""")
    List<Card> newCardsIn(@Bind("userId") long userId, @Bind("fromDeck") long fromDeck, @Bind("toDeck") long toDeck,
                          @Bind("limit") int limit);

    /** New cards of one deck, or of every deck with 0, in the order of their questions. */
    default List<Card> newCards(long userId, long deckId, int limit) {
        return deckId == 0 ? newCardsIn(userId, Long.MIN_VALUE, Long.MAX_VALUE, limit) : newCardsIn(userId, deckId, deckId, limit);
    }

    /** Learning and review cards due now, per deck. */
    @SqlQuery("""
            SELECT q.deck_id AS deck, count(*) AS n FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = :userId AND c.phase <> 'NEW' AND c.due <= :now AND q.status = 'active'
            GROUP BY q.deck_id""")
    @KeyColumn("deck")
    @ValueColumn("n")
    Map<Long, Integer> dueReviewsByDeck(@Bind("userId") long userId, @Bind("now") long now);

    /** New cards not yet started, per deck. */
    @SqlQuery("""
            SELECT q.deck_id AS deck, count(*) AS n FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = :userId AND c.phase = 'NEW' AND q.status = 'active' AND q.type = 'cloze'
            GROUP BY q.deck_id""")
    @KeyColumn("deck")
    @ValueColumn("n")
    Map<Long, Integer> newByDeck(@Bind("userId") long userId);

    /** How many new cards the learner has started since {@code since} (the start of their day). */
    @SqlQuery("SELECT count(*) FROM reviews WHERE user_id = :userId AND before_phase = 'NEW' AND reviewed_at >= :since")
    int newStartedSince(@Bind("userId") long userId, @Bind("since") long since);

    /**
     * When each review card due in [from, to) is due: a few weeks' load for fuzz to spread new intervals over.
     * A range on the started cards' index (hence the redundant phase test), so it costs the cards of those days.
     */
    @SqlQuery("SELECT c.due FROM cards c WHERE c.user_id = :userId AND c.phase <> 'NEW' AND c.due >= :from AND c.due < :to AND c.phase = 'REVIEW'")
    List<Long> reviewDuesBetween(@Bind("userId") long userId, @Bind("from") long from, @Bind("to") long to);

    @SqlUpdate("""
            UPDATE cards SET phase = :phase, step = :step, stability = :stability, difficulty = :difficulty,
                   due = :due, last_review = :lastReview, scheduled_days = :scheduledDays, reps = :reps,
                   lapses = :lapses
            WHERE id = :id""")
    void update(@Bind("id") long id, @Bind("phase") String phase, @Bind("step") int step,
                @Bind("stability") double stability, @Bind("difficulty") double difficulty, @Bind("due") long due,
                @Bind("lastReview") Long lastReview, @Bind("scheduledDays") int scheduledDays,
                @Bind("reps") int reps, @Bind("lapses") int lapses);
}
