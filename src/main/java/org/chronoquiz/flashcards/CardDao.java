package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.Phase;
import org.chronoquiz.storage.Args;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

import java.time.Instant;
import java.util.Optional;

/**
 * A card by id, and its state written back; the reads of what is due are in {@link DueCards}. Fluent Jdbi, as
 * there: every review runs both, the write on group commit's one writer thread, where each microsecond is taken
 * from every other learner's review.
 */
public final class CardDao {
    static final String BY_ID = DueCards.CARD + " WHERE c.id = :id";
    /** A card's owner and schedule, without its question's text: what grading it reads. */
    static final String GRADED_BY_ID = """
            SELECT id, user_id, phase, step, stability, difficulty, due, last_review, scheduled_days, reps, lapses
            FROM cards WHERE id = :id""";

    static final String UPDATE = """
            UPDATE cards SET phase = :phase, step = :step, stability = :stability, difficulty = :difficulty,
                   due = :due, last_review = :lastReview, scheduled_days = :scheduledDays, reps = :reps,
                   lapses = :lapses
            WHERE id = :id""";

    /**
     * The update, only while the learner's card is still in the state it was scheduled from (all nine columns, as
     * {@code CardState.equals}): a review's one check and write in one statement. NULL equals nothing in SQL, so a
     * card never reviewed has a statement of its own.
     */
    static final String UPDATE_IF_UNCHANGED = UPDATE + " AND user_id = :userId AND phase = :wasPhase AND step = :wasStep"
            + " AND stability = :wasStability AND difficulty = :wasDifficulty AND due = :wasDue"
            + " AND scheduled_days = :wasScheduledDays AND reps = :wasReps AND lapses = :wasLapses";
    static final String UPDATE_IF_UNCHANGED_REVIEWED = UPDATE_IF_UNCHANGED + " AND last_review = :wasLastReview";
    static final String UPDATE_IF_UNCHANGED_NEVER_REVIEWED = UPDATE_IF_UNCHANGED + " AND last_review IS NULL";

    private final CardMapper mapper = new CardMapper();

    public Optional<Card> findById(Handle h, long id) {
        return h.createQuery(BY_ID).bind("id", Args.of(id)).map(mapper).findOne();
    }

    /** A card as grading sees it: whose it is and where the scheduler has it. */
    record Graded(long id, long userId, CardState state) {
    }

    /**
     * By position, as {@link #GRADED_BY_ID} names its columns: the SQLite driver finds a column asked for by name
     * by comparing it, ignoring case, with each column's name, and caches it in a map made for each result; this runs
     * on every review's read and on the writer thread.
     */
    private static final RowMapper<Graded> GRADED = (rs, ctx) -> {
        long lastReview = rs.getLong(8);
        Instant last = rs.wasNull() ? null : Instant.ofEpochMilli(lastReview);
        return new Graded(rs.getLong(1), rs.getLong(2), new CardState(Phase.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getDouble(5), rs.getDouble(6), Instant.ofEpochMilli(rs.getLong(7)), last, rs.getInt(9),
                rs.getInt(10), rs.getInt(11)));
    };

    /** As {@link #findById} without the question's join and text, which a review has no use for. */
    Optional<Graded> gradedById(Handle h, long id) {
        return h.createQuery(GRADED_BY_ID).bind("id", Args.of(id)).map(GRADED).findOne();
    }

    public void update(Handle h, long id, CardState s) {
        bindState(h.createUpdate(UPDATE), id, s).execute();
    }

    /** Writes {@code after} if the learner's card is still {@code before}; false (nothing written) otherwise. */
    boolean updateIfUnchanged(Handle h, long id, long userId, CardState before, CardState after) {
        String sql = before.lastReview() == null ? UPDATE_IF_UNCHANGED_NEVER_REVIEWED : UPDATE_IF_UNCHANGED_REVIEWED;
        Update update = bindState(h.createUpdate(sql), id, after).bind("userId", Args.of(userId))
                .bind("wasPhase", Args.of(before.phase().name())).bind("wasStep", Args.of(before.step()))
                .bind("wasStability", Args.of(before.stability())).bind("wasDifficulty", Args.of(before.difficulty()))
                .bind("wasDue", Args.of(before.due().toEpochMilli()))
                .bind("wasScheduledDays", Args.of(before.scheduledDays())).bind("wasReps", Args.of(before.reps()))
                .bind("wasLapses", Args.of(before.lapses()));
        if (before.lastReview() != null) {
            update.bind("wasLastReview", Args.of(before.lastReview().toEpochMilli()));
        }
        return update.execute() == 1;
    }

    private static Update bindState(Update update, long id, CardState s) {
        return update.bind("id", Args.of(id)).bind("phase", Args.of(s.phase().name()))
                .bind("step", Args.of(s.step())).bind("stability", Args.of(s.stability()))
                .bind("difficulty", Args.of(s.difficulty())).bind("due", Args.of(s.due().toEpochMilli()))
                .bind("lastReview", Args.ofNullable(s.lastReview() == null ? null : s.lastReview().toEpochMilli()))
                .bind("scheduledDays", Args.of(s.scheduledDays())).bind("reps", Args.of(s.reps()))
                .bind("lapses", Args.of(s.lapses()));
    }
}
