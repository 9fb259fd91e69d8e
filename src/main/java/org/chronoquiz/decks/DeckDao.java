package org.chronoquiz.decks;

import org.chronoquiz.support.InvalidInput;

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
    /** Ids of the decks with this title: at most one since titles became unique, two in an older database. */
    @SqlQuery("SELECT id FROM decks WHERE title = :title ORDER BY id LIMIT 2")
    List<Long> idsForTitle(@Bind("title") String title);

    /**
     * The deck called {@code title}: titles name decks in imports, exports and the commands. An older database may
     * hold two decks of one title; then which is meant is asked, not guessed.
     */
    default Optional<Long> idForTitle(String title) {
        List<Long> ids = idsForTitle(title);
        if (ids.size() > 1) {
            throw new InvalidInput("deck", "Two decks are called “" + title + "”: rename one on the Decks page first.");
        }
        return ids.stream().findFirst();
    }

    @SqlQuery("SELECT count(*) > 0 FROM decks WHERE title = :title AND id <> :id")
    boolean titleTaken(@Bind("title") String title, @Bind("id") long exceptId);

    /**
     * A title no other deck has, for an article's deck: its own, else with the publication date after it, else a
     * number too ("Daily briefing (2023-03-15)", "Daily briefing (2023-03-15, 2)").
     */
    default String freeTitle(String title, String hint) {
        String candidate = title;
        for (int n = 1; titleTaken(candidate, -1); n++) {
            candidate = title + " (" + hint + (n == 1 ? "" : ", " + n) + ")";
        }
        return candidate;
    }

    @SqlQuery(SELECT + " WHERE d.id = :id")
    Optional<Deck> findById(@Bind("id") long id);
}
