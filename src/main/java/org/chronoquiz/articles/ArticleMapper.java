package org.chronoquiz.articles;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Maps an articles row; {@code published} is stored as an ISO date. */
public final class ArticleMapper implements RowMapper<Article> {
    @Override
    public Article map(ResultSet rs, StatementContext ctx) throws SQLException {
        String published = rs.getString("published");
        return new Article(rs.getString("id"), rs.getString("title"), rs.getString("outlet"),
                published == null ? null : LocalDate.parse(published), rs.getBoolean("state_owned"),
                rs.getString("body"));
    }
}
