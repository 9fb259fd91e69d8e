package org.chronoquiz.articles;

import java.time.LocalDate;

/**
 * A source document: the text that questions are generated from, with the metadata
 * that decides how its claims are phrased (a state-owned outlet's claims are attributed).
 *
 * @param id        stable identifier, the seed file's base name
 * @param published the document creation date, against which relative dates are resolved
 * @param stateOwned whether the outlet is state-owned; prompts then attribute claims to the article
 */
public record Article(String id, String title, String outlet, LocalDate published, boolean stateOwned, String text) {
}
