package org.chronoquiz.authoring;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;

@RegisterConstructorMapper(ArticleSummary.class)
public interface ArticleSummaryDao {
    /** Every article with its deck and how many of its questions are drafts, active and retired; newest first. */
    @SqlQuery("""
            SELECT a.id, a.title, a.outlet, a.published, a.state_owned, d.id AS deck_id,
                   count(CASE WHEN q.status = 'draft' THEN 1 END) AS drafts,
                   count(CASE WHEN q.status = 'active' THEN 1 END) AS active,
                   count(CASE WHEN q.status = 'retired' THEN 1 END) AS retired
            FROM articles a JOIN decks d ON d.article_id = a.id LEFT JOIN questions q ON q.deck_id = d.id
            GROUP BY a.id, a.title, a.outlet, a.published, a.state_owned, d.id
            ORDER BY a.published DESC NULLS LAST, a.title""")
    List<ArticleSummary> list();
}
