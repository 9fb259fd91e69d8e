package org.chronoquiz.flashcards;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** A card by id, and its state written back; the reads of what is due are in {@link DueCards}. */
@RegisterRowMapper(CardMapper.class)
public interface CardDao {
    @SqlQuery(DueCards.CARD + " WHERE c.id = :id")
    Optional<Card> findById(@Bind("id") long id);

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
