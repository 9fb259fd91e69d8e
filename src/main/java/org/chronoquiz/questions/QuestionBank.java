package org.chronoquiz.questions;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.articles.Article;
import org.chronoquiz.articles.ArticleDao;
import org.chronoquiz.articles.ArticleFiles;
import org.chronoquiz.decks.DeckDao;
import org.chronoquiz.generation.QuestionDraft;
import org.chronoquiz.support.Json;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Loads {@code seeds/} (articles, one deck each) and {@code questions/} (their reviewed questions) into the database.
 * Idempotent: what is already there is left as it is, so a restart neither duplicates questions nor undoes
 * an instructor's edit or retirement. A generated question the reviewed bank has dropped (the generator
 * learnt better) is retired, unless an instructor edited it.
 */
public final class QuestionBank {
    private final Jdbi jdbi;
    private final Clock clock;
    private final ArticleFiles articles = new ArticleFiles();
    private final QuestionFiles files = new QuestionFiles();
    private final ObjectMapper json = new ObjectMapper();

    public QuestionBank(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Returns how many questions were new. */
    public int load(Path seedsDir, Path questionsDir) {
        List<Article> all = articles.readAll(seedsDir);
        return jdbi.inTransaction(h -> {
            DeckDao decks = h.attach(DeckDao.class);
            QuestionDao questions = h.attach(QuestionDao.class);
            int added = 0;
            for (Article article : all) {
                h.attach(ArticleDao.class).insertIfAbsent(article);
                long deckId = decks.idForArticle(article.id()).orElseGet(() -> decks.insert(article.id(),
                        decks.freeTitle(article.title(), article.published() == null ? article.id() : article.published().toString())));
                Path file = questionsDir.resolve(article.id() + ".json");
                if (!Files.exists(file)) {
                    continue;
                }
                List<QuestionDraft> bank = files.read(file);
                if (!bank.isEmpty()) {
                    questions.retireDropped(deckId, bank.stream().map(QuestionDraft::key).toList(), clock.millis());
                }
                for (QuestionDraft d : bank) {
                    var source = d.source();
                    added += questions.insertIfAbsent(deckId, d.key(), d.type(), d.prompt(), d.answer(), d.answerValue(),
                            Json.write(json, d.choices()), source == null ? null : source.sentence(),
                            source == null ? null : source.start(), source == null ? null : source.end(),
                            source == null ? null : source.note(), "generated", QuestionStatus.ACTIVE.code(), clock.millis());
                }
            }
            return added;
        });
    }
}
