package org.chronoquiz.authoring;

/** One article on the instructor's list: where its questions stand. */
public record ArticleSummary(String id, String title, String outlet, String published, boolean stateOwned, long deckId,
                             int drafts, int active, int retired) {
}
