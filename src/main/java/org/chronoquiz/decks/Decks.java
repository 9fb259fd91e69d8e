package org.chronoquiz.decks;

import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.NotFound;
import org.chronoquiz.support.TextInput;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/** The decks, for the pages and the API: every deck for instructors, the asked ones for learners. */
public final class Decks {
    public static final int MAX_TITLE = 200;

    private final Jdbi jdbi;
    private final DeckReads reads = new DeckReads();

    public Decks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every deck, drafts-only ones included: what an instructor chooses from. */
    public List<Deck> all() {
        return jdbi.onDemand(DeckDao.class).list();
    }

    /** The decks learners see: those with an active question. */
    public List<Deck> asked() {
        return jdbi.withHandle(reads::asked);
    }

    public Optional<Deck> find(long id) {
        return jdbi.withHandle(h -> reads.byId(h, id));
    }

    /** A deck of the instructor's own, with no article: questions are written into it or imported. */
    public long create(String title) {
        String valid = TextInput.line(title, "title", "deck's title", MAX_TITLE);
        return jdbi.inTransaction(h -> {
            DeckDao decks = h.attach(DeckDao.class);
            refuseTaken(decks, valid, -1);
            return decks.insert(null, valid);
        });
    }

    /** A new title; the deck's questions, cards and results stay as they are. */
    public void rename(long id, String title) {
        String valid = TextInput.line(title, "title", "deck's title", MAX_TITLE);
        jdbi.useTransaction(h -> {
            DeckDao decks = h.attach(DeckDao.class);
            refuseTaken(decks, valid, id);
            if (decks.rename(id, valid) == 0) {
                throw new NotFound("no deck " + id);
            }
        });
    }

    /** Titles are unique: imports, exports and {@code --deck} find a deck by its title. */
    private static void refuseTaken(DeckDao decks, String title, long id) {
        if (decks.titleTaken(title, id)) {
            throw new InvalidInput("title", "A deck called “" + title + "” exists already: give this one another title.");
        }
    }

    /** The deck, or a 404. */
    public Deck require(long id) {
        return find(id).orElseThrow(() -> new NotFound("no deck " + id));
    }
}
