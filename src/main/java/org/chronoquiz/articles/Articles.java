package org.chronoquiz.articles;

import org.chronoquiz.support.NotFound;
import org.chronoquiz.timex.Timex;
import org.chronoquiz.timex.TimexExtractor;
import org.chronoquiz.timex.TimexType;
import org.jdbi.v3.core.Jdbi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * Where an instructor's question sits in its deck's article, when its source sentence is one of the article's:
     * the dated expression in it that the answer's value names, else its first, else the sentence. The learner's
     * feedback links there, as it does for a generated question. Empty for a deck without an article, or a source
     * the article does not hold.
     */
    public Optional<int[]> spanOf(long deckId, String sentence, String answerValue) {
        if (sentence == null || sentence.isBlank()) {
            return Optional.empty();
        }
        Optional<Article> found = jdbi.onDemand(ArticleDao.class).findByDeck(deckId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article article = found.get();
        int at = article.text().indexOf(sentence.strip());
        if (at < 0) {
            return Optional.empty();
        }
        int end = at + sentence.strip().length();
        LocalDate dct = Objects.requireNonNullElse(article.published(), LocalDate.EPOCH);
        List<Timex> inside = extractor.extract(article.text(), dct).stream()
                .filter(t -> t.type() == TimexType.DATE && t.start() >= at && t.end() <= end).toList();
        return Optional.of(inside.stream().filter(t -> t.value().equals(answerValue)).findFirst()
                .or(() -> inside.stream().findFirst())
                .map(t -> new int[]{t.start(), t.end()})
                .orElse(new int[]{at, end}));
    }

    public MarkedText marked(Article article) {
        // an article without a publication date (a seed without its sidecar) still shows; its relative
        // dates are then read against no real day, so none are resolved to one
        LocalDate dct = Objects.requireNonNullElse(article.published(), LocalDate.EPOCH);
        return MarkedText.of(article.text(), extractor.read(article.text(), dct));
    }
}
