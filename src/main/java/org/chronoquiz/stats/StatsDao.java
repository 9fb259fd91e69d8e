package org.chronoquiz.stats;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The rows the progress charts are drawn from: the database counts, the pure chart classes shape. */
public interface StatsDao {
    /**
     * A quarter of an hour's reviews, counted as they are written: {@code slot} is epoch milliseconds / {@link #SLOT_MS}.
     * Every time zone's offset is a whole number of quarter hours and a learner's day starts on the hour, so each
     * slot falls inside one learner day in any zone, and the charts place slots, not reviews: a heavy learner's
     * 40,000 reviews are a few thousand slots, and no review row is read.
     *
     * @param reviewPhase the slot's reviews of cards in the Review phase (what true retention counts)
     * @param recalled    of those, the ones not rated Again
     */
    record ReviewSlot(long slot, int reviews, int reviewPhase, int recalled) {
        public static final long SLOT_MS = 15 * 60_000L;

        public java.time.Instant start() {
            return java.time.Instant.ofEpochMilli(slot * SLOT_MS);
        }
    }

    /** One started card (not NEW) on an active question: when it is due and how stable it is. */
    record CardRow(long due, double stability) {
    }

    /** Read by position: a heavy learner has thousands, and Jdbi's constructor mapper costs per row. */
    final class ReviewSlots implements RowMapper<ReviewSlot> {
        @Override
        public ReviewSlot map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ReviewSlot(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
        }
    }

    final class CardRows implements RowMapper<CardRow> {
        @Override
        public CardRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CardRow(rs.getLong(1), rs.getDouble(2));
        }
    }

    /** Kept by triggers on reviews (migration V15): a learner's counts, from the table's primary key. */
    @SqlQuery("SELECT slot, reviews, review_phase, recalled FROM review_slots WHERE user_id = :userId")
    @UseRowMapper(ReviewSlots.class)
    List<ReviewSlot> reviewSlots(@Bind("userId") long userId);

    @SqlQuery("""
            SELECT c.due, c.stability FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = :userId AND c.phase <> 'NEW' AND q.status = 'active'""")
    @UseRowMapper(CardRows.class)
    List<CardRow> startedCards(@Bind("userId") long userId);
}
