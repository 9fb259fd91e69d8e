package org.chronoquiz.stats;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The rows the progress charts are drawn from; all shaping happens in the pure chart classes. */
public interface StatsDao {
    /** One review: when, the rating, and the phase the card was in before it. */
    record ReviewRow(long reviewedAt, int rating, String beforePhase) {
    }

    /** One started card (not NEW) on an active question: when it is due and how stable it is. */
    record CardRow(long due, double stability) {
    }

    /** Read by position: a heavy learner has tens of thousands, and Jdbi's constructor mapper costs per row. */
    final class ReviewRows implements RowMapper<ReviewRow> {
        @Override
        public ReviewRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ReviewRow(rs.getLong(1), rs.getInt(2), rs.getString(3));
        }
    }

    final class CardRows implements RowMapper<CardRow> {
        @Override
        public CardRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CardRow(rs.getLong(1), rs.getDouble(2));
        }
    }

    @SqlQuery("SELECT reviewed_at, rating, before_phase FROM reviews WHERE user_id = :userId ORDER BY reviewed_at")
    @UseRowMapper(ReviewRows.class)
    List<ReviewRow> reviews(@Bind("userId") long userId);

    @SqlQuery("""
            SELECT c.due, c.stability FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = :userId AND c.phase <> 'NEW' AND q.status = 'active'""")
    @UseRowMapper(CardRows.class)
    List<CardRow> startedCards(@Bind("userId") long userId);
}
