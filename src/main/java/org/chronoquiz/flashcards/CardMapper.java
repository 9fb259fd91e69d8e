package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.Phase;
import org.chronoquiz.support.Rows;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Maps a card joined with its question. */
public final class CardMapper implements RowMapper<Card> {
    @Override
    public Card map(ResultSet rs, StatementContext ctx) throws SQLException {
        CardState state = state(rs);
        return new Card(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("question_id"), rs.getLong("deck_id"),
                rs.getString("prompt"), rs.getString("answer"), rs.getString("source_sentence"), state);
    }

    /** The scheduler's columns of a cards row. */
    static CardState state(ResultSet rs) throws SQLException {
        Long last = Rows.nullableLong(rs, "last_review");
        return new CardState(Phase.valueOf(rs.getString("phase")), rs.getInt("step"),
                rs.getDouble("stability"), rs.getDouble("difficulty"), Instant.ofEpochMilli(rs.getLong("due")),
                last == null ? null : Instant.ofEpochMilli(last), rs.getInt("scheduled_days"), rs.getInt("reps"),
                rs.getInt("lapses"));
    }
}
