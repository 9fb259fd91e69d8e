package org.chronoquiz.decks;

/** A deck: the questions drawn from one article. {@code due} is for the learner asking. */
public record Deck(long id, String articleId, String title, String outlet, String published, int questions, int due) {
}
