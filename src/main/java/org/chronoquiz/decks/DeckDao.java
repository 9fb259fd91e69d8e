package org.chronoquiz.decks;

import org.chronoquiz.articles.Article;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(Deck.class)
public interface DeckDao {
    String SELECT = """
            SELECT d.id, d.article_id, d.title, coalesce(a.outlet, '') AS outlet, a.published,
                   (SELECT count(*) FROM questions q WHERE q.deck_id = d.id AND q.retired_at IS NULL) AS questions,
                   0 AS due
            FROM decks d LEFT JOIN articles a ON a.id = d.article_id
            """;

    /** Stores an article once; a restart finds it there and changes nothing. */
    @SqlUpdate("""
            INSERT INTO articles (id, title, outlet, published, state_owned, body)
            VALUES (:id, :title, :outlet, :published, :stateOwned, :body)
            ON CONFLICT (id) DO NOTHING""")
    void insertArticleIfAbsent(@Bind("id") String id, @Bind("title") String title, @Bind("outlet") String outlet,
                               @Bind("published") String published, @Bind("stateOwned") boolean stateOwned,
                               @Bind("body") String body);

    default void insertArticleIfAbsent(Article a) {
        insertArticleIfAbsent(a.id(), a.title(), a.outlet(), a.published() == null ? null : a.published().toString(),
                a.stateOwned(), a.text());
    }

    @SqlUpdate("INSERT INTO decks (article_id, title) VALUES (:articleId, :title)")
    @GetGeneratedKeys("id")
    long insert(@Bind("articleId") String articleId, @Bind("title") String title);

    @SqlQuery("SELECT id FROM decks WHERE article_id = :articleId")
    Optional<Long> idForArticle(@Bind("articleId") String articleId);

    @SqlQuery(SELECT + " ORDER BY d.id")
    List<Deck> list();

    @SqlQuery(SELECT + " WHERE d.id = :id")
    Optional<Deck> findById(@Bind("id") long id);
}
