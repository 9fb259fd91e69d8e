package org.chronoquiz.authoring;

import org.chronoquiz.articles.Articles;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.articles.Article;
import org.chronoquiz.decks.DeckDao;
import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionDao;
import org.chronoquiz.questions.QuestionStatus;
import org.chronoquiz.questions.TagDao;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.Json;
import org.chronoquiz.support.NotFound;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Instructors' changes to the question bank. Retiring keeps the question, so learners' history stays whole. */
public final class Authoring {
    private final Jdbi jdbi;
    private final Articles articles;
    private final Clock clock;
    private final QuestionValidator validator = new QuestionValidator();
    private final ObjectMapper json = new ObjectMapper();

    public Authoring(Jdbi jdbi, Articles articles, Clock clock) {
        this.jdbi = jdbi;
        this.articles = articles;
        this.clock = clock;
    }

    public List<Question> questions(long deckId) {
        return jdbi.onDemand(QuestionDao.class).listByDeck(deckId);
    }

    /** One page of the bank, its total, and the tags of the questions on it. */
    public record BankPage(List<Question> questions, int total, Map<Long, List<String>> tags, List<String> deckTags) {
        public int pages() {
            return Math.max(1, (total + BankQuery.PAGE_SIZE - 1) / BankQuery.PAGE_SIZE);
        }
    }

    public BankPage search(BankQuery query) {
        return jdbi.withHandle(h -> {
            QuestionDao dao = h.attach(QuestionDao.class);
            TagDao tags = h.attach(TagDao.class);
            List<Question> page = dao.search(query.deckId(), query.type(), query.status(), query.like(), query.tag(),
                    BankQuery.PAGE_SIZE, query.offset());
            int total = dao.count(query.deckId(), query.type(), query.status(), query.like(), query.tag());
            return new BankPage(page, total, tags.tagsOf(page.stream().map(Question::id).toList()),
                    tags.inDeck(query.deckId()));
        });
    }

    public List<Question> questions(long deckId, QuestionStatus status) {
        return jdbi.onDemand(QuestionDao.class).listByDeckAndStatus(deckId, status.code());
    }

    public List<ArticleSummary> articleSummaries() {
        return jdbi.onDemand(ArticleSummaryDao.class).list();
    }

    /** The deck of an article's questions. Every stored article has one: it is made with the article. */
    public long deckFor(Article article) {
        return jdbi.onDemand(DeckDao.class).idForArticle(article.id())
                .orElseThrow(() -> new NotFound("article " + article.id() + " has no deck"));
    }

    /**
     * Accepts ({@code to} ACTIVE) or rejects (RETIRED) drafts of one deck: the given ids, or every draft when
     * {@code all}. Ids that are not drafts of this deck are left alone. Returns how many changed.
     */
    public int decideDrafts(long deckId, List<Long> ids, QuestionStatus to, boolean all) {
        return jdbi.inTransaction(h -> {
            QuestionDao questions = h.attach(QuestionDao.class);
            List<Long> chosen = all ? questions.listByDeckAndStatus(deckId, QuestionStatus.DRAFT.code()).stream()
                    .map(Question::id).toList() : ids;
            return chosen.isEmpty() ? 0 : questions.decideDrafts(deckId, chosen, to.code(), clock.millis());
        });
    }

    /** Every version of the question, oldest first, with when each began. */
    public List<QuestionVersion> history(long id) {
        Question current = question(id);
        return jdbi.withHandle(h -> {
            QuestionDao dao = h.attach(QuestionDao.class);
            var replaced = dao.replacedAt(id);
            long created = dao.createdAt(id);
            var answers = dao.answersByVersion(id);
            return dao.versions(id).stream().map(v -> new QuestionVersion(v,
                    v.version() == 1 ? created : replaced.get(v.version() - 1), replaced.get(v.version()),
                    answers.getOrDefault(v.version(), 0))).toList();
        });
    }

    public List<String> tags(long questionId) {
        return jdbi.onDemand(TagDao.class).tagsOf(List.of(questionId)).getOrDefault(questionId, List.of());
    }

    public Question question(long id) {
        return jdbi.onDemand(QuestionDao.class).findById(id).orElseThrow(() -> new NotFound("no question " + id));
    }

    public Question create(QuestionInput input) {
        ValidQuestion q = validator.validate(input);
        // read outside the transaction: the article's extraction is no reason to hold the write lock
        int[] span = articles.spanOf(q.deckId(), q.sourceSentence(), q.answerValue()).orElse(null);
        return jdbi.inTransaction(h -> {
            h.attach(DeckDao.class).findById(q.deckId()).orElseThrow(() -> new InvalidInput("deck_id", "There is no such deck."));
            QuestionDao questions = h.attach(QuestionDao.class);
            long id = questions.insertAuthored(q.deckId(), "instructor-" + UUID.randomUUID(), q.type(), q.prompt(),
                    q.answer(), q.answerValue(), Json.write(json, shown(q)), q.sourceSentence(),
                    span == null ? null : span[0], span == null ? null : span[1], clock.millis());
            h.attach(TagDao.class).replace(id, q.tags());
            return questions.findById(id).orElseThrow();
        });
    }

    /**
     * Edits a question: a change of content makes a new version (the old one is kept for the learners who answered
     * it), saving it unchanged makes none. Its deck stays what it was; a draft can be accepted in the same step.
     */
    public Question update(long id, QuestionInput input, boolean acceptDraft) {
        Question existing = question(id);
        ValidQuestion q = validator.validate(new QuestionInput(Long.toString(existing.deckId()), input.type(),
                input.prompt(), input.answer(), input.tolerance(), input.choices(), input.sourceSentence(), input.tags()));
        List<String> choices = q.type().equals(existing.type()) && q.type().equals("timeline")
                && q.answer().equals(existing.answer()) ? existing.choices() : shown(q); // same events keep their shuffle
        boolean changed = !(q.type().equals(existing.type()) && q.prompt().equals(existing.prompt())
                && q.answer().equals(existing.answer()) && choices.equals(existing.choices())
                && java.util.Objects.equals(q.answerValue(), existing.answerValue())); // a numerical's tolerance
        jdbi.useTransaction(h -> {
            QuestionDao questions = h.attach(QuestionDao.class);
            if (changed) { // a new version; the old one stays as learners who answered it saw it
                questions.archive(id, clock.millis());
                questions.update(id, q.type(), q.prompt(), q.answer(), q.answerValue(), Json.write(json, choices), clock.millis());
            }
            h.attach(TagDao.class).replace(id, q.tags()); // tags sort the bank; they are no part of what learners saw
            if (acceptDraft) {
                questions.decideDrafts(existing.deckId(), List.of(id), QuestionStatus.ACTIVE.code(), clock.millis());
            }
        });
        return question(id);
    }

    public void retire(long id) {
        question(id);
        jdbi.onDemand(QuestionDao.class).retire(id, clock.millis());
    }

    /** Whether the question was retired and is active again; a draft or an active question is left as it is. */
    public boolean restore(long id) {
        question(id);
        return jdbi.onDemand(QuestionDao.class).restore(id, clock.millis()) > 0;
    }

    /** Timeline events are entered in order and shown shuffled (never already in order); other choices as entered. */
    private static List<String> shown(ValidQuestion q) {
        if (!q.type().equals("timeline")) {
            return q.choices();
        }
        List<String> shuffled = new ArrayList<>(q.choices());
        Random random = new Random(q.prompt().hashCode());
        while (shuffled.equals(q.choices())) {
            Collections.shuffle(shuffled, random);
        }
        return shuffled;
    }
}
