package org.chronoquiz.dashboard;

import org.chronoquiz.accounts.User;
import org.chronoquiz.classes.Classes;
import org.chronoquiz.classes.SchoolClass;
import org.chronoquiz.decks.Deck;
import org.chronoquiz.decks.Decks;
import org.chronoquiz.flashcards.Flashcards;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * What a learner's home page reads, on one connection: the decks, the learner's cards, their classes and the decks
 * assigned to them. Each service reads in a handle of its own; inside this one, Jdbi lends them the handle already
 * open on the thread, so the page takes one connection from the pool and sets up one handle instead of four.
 */
public final class Dashboard {
    private final Jdbi jdbi;
    private final Decks decks;
    private final Flashcards flashcards;
    private final Classes classes;

    public Dashboard(Jdbi jdbi, Decks decks, Flashcards flashcards, Classes classes) {
        this.jdbi = jdbi;
        this.decks = decks;
        this.flashcards = flashcards;
        this.classes = classes;
    }

    /** The learner's home page. */
    public record Home(Flashcards.Overview cards, List<Deck> decks, List<Long> assigned, List<SchoolClass> classes) {
    }

    public Home home(User user) {
        return jdbi.withHandle(h -> new Home(flashcards.overview(user), decks.asked(), classes.assignedDecks(user),
                classes.joinedBy(user)));
    }
}
