package org.chronoquiz.questions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.chronoquiz.support.Json;
import org.chronoquiz.support.Rows;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a questions row; choices are stored as a JSON array. */
public final class QuestionMapper implements RowMapper<Question> {
    private final ObjectReader choices = Json.stringsReader(new ObjectMapper());

    @Override
    public Question map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Question(rs.getLong("id"), rs.getLong("deck_id"), rs.getString("qkey"), rs.getString("type"),
                rs.getString("prompt"), rs.getString("answer"), rs.getString("answer_value"),
                Json.readStrings(choices, rs.getString("choices")), rs.getString("source_sentence"),
                Rows.nullableInt(rs, "source_start"), Rows.nullableInt(rs, "source_end"), rs.getString("source_note"),
                rs.getString("origin"), QuestionStatus.of(rs.getString("status")).orElseThrow(), rs.getInt("version"));
    }
}
