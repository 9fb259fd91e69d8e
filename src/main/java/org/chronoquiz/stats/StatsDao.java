package org.chronoquiz.stats;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;

/** The rows the progress charts are drawn from; all shaping happens in the pure chart classes. */
public interface StatsDao {
    /** One review: when, the rating, and the phase the card was in before it. */
    record ReviewRow(long reviewedAt, int rating, String beforePhase) {
    }

    /** One started card (not NEW) on an active question: when it is due and how stable it is. */
    record CardRow(long due, double stability) {
    }

    @SqlQuery("SELECT reviewed_at, rating, before_phase FROM reviews WHERE user_id = :userId ORDER BY reviewed_at")
    @RegisterConstructorMapper(ReviewRow.class)
    List<ReviewRow> reviews(@Bind("userId") long userId);

    @SqlQuery("""
            SELECT c.due, c.stability FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = :userId AND c.phase <> 'NEW' AND q.status = 'active'""")
    @RegisterConstructorMapper(CardRow.class)
    List<CardRow> startedCards(@Bind("userId") long userId);
}
