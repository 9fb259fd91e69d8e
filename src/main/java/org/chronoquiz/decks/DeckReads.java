package org.chronoquiz.decks;

import org.chronoquiz.storage.Args;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;

/**
 * The deck reads every learner's page makes (the decks on the home page, the deck of a deck page), with a mapper of
 * their own: through {@link DeckDao}, each call resolved the SQL object's method and specialised its constructor
 * mapper by reflection, which cost more than the query. The SQL is {@link DeckDao}'s.
 */
final class DeckReads {
    static final String ASKED = DeckDao.SELECT + " WHERE " + DeckDao.ASKED + " ORDER BY d.id";
    static final String BY_ID = DeckDao.SELECT + " WHERE d.id = :id";

    private static final RowMapper<Deck> DECK = (rs, ctx) -> new Deck(rs.getLong("id"), rs.getString("article_id"),
            rs.getString("title"), rs.getString("outlet"), rs.getString("published"), rs.getInt("questions"),
            rs.getInt("due"));

    List<Deck> asked(Handle h) {
        return h.createQuery(ASKED).map(DECK).list();
    }

    Optional<Deck> byId(Handle h, long id) {
        return h.createQuery(BY_ID).bind("id", Args.of(id)).map(DECK).findOne();
    }
}
