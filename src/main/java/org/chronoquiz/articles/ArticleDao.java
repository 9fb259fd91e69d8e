package org.chronoquiz.articles;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterRowMapper(ArticleMapper.class)
public interface ArticleDao {
    /** Stores an article once: importing or seeding the same text again finds it there and changes nothing. */
    @SqlUpdate("""
            INSERT INTO articles (id, title, outlet, published, state_owned, body)
            VALUES (:id, :title, :outlet, :published, :stateOwned, :body)
            ON CONFLICT (id) DO NOTHING""")
    int insertIfAbsent(@Bind("id") String id, @Bind("title") String title, @Bind("outlet") String outlet,
                       @Bind("published") String published, @Bind("stateOwned") boolean stateOwned,
                       @Bind("body") String body);

    /** Returns 1 when the article is new, 0 when it was already stored. */
    default int insertIfAbsent(Article a) {
        return insertIfAbsent(a.id(), a.title(), a.outlet(), a.published() == null ? null : a.published().toString(),
                a.stateOwned(), a.text());
    }

    @SqlQuery("SELECT * FROM articles WHERE id = :id")
    Optional<Article> findById(@Bind("id") String id);

    /** The article with exactly this text, however it came in (a seed, an upload, a paste). */
    @SqlQuery("SELECT * FROM articles WHERE body = :body")
    Optional<Article> findByBody(@Bind("body") String body);

    @SqlQuery("SELECT a.* FROM articles a JOIN decks d ON d.article_id = a.id WHERE d.id = :deckId")
    Optional<Article> findByDeck(@Bind("deckId") long deckId);

    @SqlQuery("SELECT * FROM articles ORDER BY published DESC NULLS LAST, title")
    List<Article> list();
}
