package org.chronoquiz.decks;

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
                   (SELECT count(*) FROM questions q WHERE q.deck_id = d.id AND q.status = 'active') AS questions,
                   0 AS due
            FROM decks d LEFT JOIN articles a ON a.id = d.article_id
            """;

    @SqlUpdate("INSERT INTO decks (article_id, title) VALUES (:articleId, :title)")
    @GetGeneratedKeys("id")
    long insert(@Bind("articleId") String articleId, @Bind("title") String title);

    @SqlUpdate("UPDATE decks SET title = :title WHERE id = :id")
    int rename(@Bind("id") long id, @Bind("title") String title);

    @SqlQuery("SELECT id FROM decks WHERE article_id = :articleId")
    Optional<Long> idForArticle(@Bind("articleId") String articleId);

    @SqlQuery(SELECT + " ORDER BY d.id")
    List<Deck> list();

    /** The decks learners see: those with a question to ask (an imported article's stay hidden while all drafts). */
    String ASKED = "EXISTS (SELECT 1 FROM questions q WHERE q.deck_id = d.id AND q.status = 'active')";

    @SqlQuery(SELECT + " WHERE " + ASKED + " ORDER BY d.id")
    List<Deck> listAsked();

    /** The first deck with this title: imports name decks by title (GIFT's $CATEGORY, Anki's deck column). */
    @SqlQuery("SELECT id FROM decks WHERE title = :title ORDER BY id LIMIT 1")
    Optional<Long> idForTitle(@Bind("title") String title);

    @SqlQuery(SELECT + " WHERE d.id = :id")
    Optional<Deck> findById(@Bind("id") long id);
}
