package org.chronoquiz.articles;

import org.chronoquiz.support.NotFound;
import org.chronoquiz.timex.TimexExtractor;
import org.jdbi.v3.core.Jdbi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The stored articles, and each one read for display: the extractor marks its dated expressions, the same
 * reading the questions were built on, so the page marks exactly the dates that questions can be about.
 */
public final class Articles {
    private final Jdbi jdbi;
    private final TimexExtractor extractor;

    public Articles(Jdbi jdbi, TimexExtractor extractor) {
        this.jdbi = jdbi;
        this.extractor = extractor;
    }

    public Article byId(String id) {
        return jdbi.onDemand(ArticleDao.class).findById(id).orElseThrow(() -> new NotFound("no article " + id));
    }

    /** The article a deck was drawn from; a deck of instructors' questions alone has none. */
    public Article byDeck(long deckId) {
        return jdbi.onDemand(ArticleDao.class).findByDeck(deckId)
                .orElseThrow(() -> new NotFound("deck " + deckId + " has no article"));
    }

    public List<Article> list() {
        return jdbi.onDemand(ArticleDao.class).list();
    }

    public MarkedText marked(Article article) {
        // an article without a publication date (a seed without its sidecar) still shows; its relative
        // dates are then read against no real day, so none are resolved to one
        LocalDate dct = Objects.requireNonNullElse(article.published(), LocalDate.EPOCH);
        return MarkedText.of(article.text(), extractor.read(article.text(), dct));
    }
}
