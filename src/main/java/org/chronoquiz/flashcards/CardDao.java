package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.storage.Args;
import org.jdbi.v3.core.Handle;

import java.util.Optional;

/**
 * A card by id, and its state written back; the reads of what is due are in {@link DueCards}. Fluent Jdbi, as
 * there: every review runs both, the write on group commit's one writer thread, where each microsecond is taken
 * from every other learner's review.
 */
public final class CardDao {
    static final String BY_ID = DueCards.CARD + " WHERE c.id = :id";

    static final String UPDATE = """
            UPDATE cards SET phase = :phase, step = :step, stability = :stability, difficulty = :difficulty,
                   due = :due, last_review = :lastReview, scheduled_days = :scheduledDays, reps = :reps,
                   lapses = :lapses
            WHERE id = :id""";

    private final CardMapper mapper = new CardMapper();

    public Optional<Card> findById(Handle h, long id) {
        return h.createQuery(BY_ID).bind("id", Args.of(id)).map(mapper).findOne();
    }

    public void update(Handle h, long id, CardState s) {
        h.createUpdate(UPDATE).bind("id", Args.of(id)).bind("phase", Args.of(s.phase().name()))
                .bind("step", Args.of(s.step())).bind("stability", Args.of(s.stability()))
                .bind("difficulty", Args.of(s.difficulty())).bind("due", Args.of(s.due().toEpochMilli()))
                .bind("lastReview", Args.ofNullable(s.lastReview() == null ? null : s.lastReview().toEpochMilli()))
                .bind("scheduledDays", Args.of(s.scheduledDays())).bind("reps", Args.of(s.reps()))
                .bind("lapses", Args.of(s.lapses()))
                .execute();
    }
}
