package org.chronoquiz.questions;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.support.Json;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a questions row; choices are stored as a JSON array. */
public final class QuestionMapper implements RowMapper<Question> {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Question map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Question(rs.getLong("id"), rs.getLong("deck_id"), rs.getString("qkey"), rs.getString("type"),
                rs.getString("prompt"), rs.getString("answer"), rs.getString("answer_value"),
                Json.readStrings(json, rs.getString("choices")), rs.getString("source_sentence"),
                (Integer) rs.getObject("source_start", Integer.class), rs.getObject("source_end", Integer.class),
                rs.getString("origin"), rs.getObject("retired_at", Long.class));
    }
}
