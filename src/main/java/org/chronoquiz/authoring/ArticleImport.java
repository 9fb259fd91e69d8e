package org.chronoquiz.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.articles.Article;
import org.chronoquiz.articles.ArticleDao;
import org.chronoquiz.decks.DeckDao;
import org.chronoquiz.generation.QuestionDraft;
import org.chronoquiz.generation.QuestionGenerator;
import org.chronoquiz.questions.QuestionDao;
import org.chronoquiz.questions.QuestionStatus;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.Json;
import org.chronoquiz.support.TextInput;
import org.chronoquiz.timex.TimexExtractor;
import org.chronoquiz.timex.TimexType;
import org.jdbi.v3.core.Jdbi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

/**
 * Brings a new article in: checks it, stores it with a deck of its own, and stores the generator's questions as
 * drafts for an instructor to review; learners see none of them until accepted. All or nothing, in one
 * transaction. The same text handed in again (pasted or uploaded, from the browser or the command line) finds
 * the article already there and stores nothing.
 */
public final class ArticleImport {
    /** Longer than any news article; a book is not one. */
    public static final int MAX_CHARS = 100_000;
    public static final int MAX_BYTES = MAX_CHARS * 4;

    private final Jdbi jdbi;
    private final TimexExtractor extractor;
    private final QuestionGenerator generator;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public ArticleImport(Jdbi jdbi, TimexExtractor extractor, Clock clock) {
        this.jdbi = jdbi;
        this.extractor = extractor;
        this.generator = new QuestionGenerator(extractor);
        this.clock = clock;
    }

    /** What an import did. {@code drafts} is 0 when the article was already there ({@code existed}). */
    public record Imported(Article article, long deckId, int drafts, boolean existed) {
    }

    public Imported add(ArticleSubmission submission) {
        Article article = validate(submission);
        List<QuestionDraft> drafts = generator.generate(article);
        if (drafts.isEmpty() && extractor.extract(article.text(), article.published()).stream()
                .noneMatch(t -> t.type() == TimexType.DATE)) {
            throw new InvalidInput("text", "No dates were found in this text, so there is nothing to ask about. "
                    + "Questions come from the days, months and years an article gives.");
        }
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            ArticleDao articles = h.attach(ArticleDao.class);
            DeckDao decks = h.attach(DeckDao.class);
            // the body as stored before texts were tidied (the seeds among them), or its tidied id since
            var existing = articles.findByBody(article.text()).or(() -> articles.findById(article.id()));
            if (existing.isPresent()) {
                Article there = existing.get();
                long deckId = decks.idForArticle(there.id())
                        .orElseGet(() -> decks.insert(there.id(), decks.freeTitle(there.title(), there.published().toString())));
                return new Imported(there, deckId, 0, true);
            }
            articles.insertIfAbsent(article);
            long deckId = decks.insert(article.id(), decks.freeTitle(article.title(), article.published().toString()));
            QuestionDao questions = h.attach(QuestionDao.class);
            int stored = 0;
            for (QuestionDraft d : drafts) {
                var source = d.source();
                stored += questions.insertIfAbsent(deckId, d.key(), d.type(), d.prompt(), d.answer(), d.answerValue(),
                        Json.write(json, d.choices()), source == null ? null : source.sentence(),
                        source == null ? null : source.start(), source == null ? null : source.end(),
                        source == null ? null : source.note(), "generated", QuestionStatus.DRAFT.code(), now);
            }
            return new Imported(article, deckId, stored, false);
        });
    }

    /** A file's bytes as text: UTF-8 only, since a wrong guess at an encoding garbles the dates silently. */
    public static String decode(byte[] bytes, String field) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput(field, "The file is too large: at most " + MAX_BYTES / 1000 + " KB.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput(field, "The file is not UTF-8 text. Save it as UTF-8 (plain text) and upload it again.");
        }
    }

    private Article validate(ArticleSubmission in) {
        String title = TextInput.line(in.title(), "title", "title", 300);
        String outlet = TextInput.line(in.outlet(), "outlet", "outlet", 120);
        LocalDate published = published(in.published());
        String text = tidy(TextInput.body(in.text(), "text", "article text", MAX_CHARS));
        return new Article(idFor(text), title, outlet, published, in.stateOwned(), text);
    }

    /**
     * The text as stored and compared: a paste of an uploaded file loses its last newline, an editor adds trailing
     * spaces or a blank line more, and none of that is another article. Each line loses its trailing blanks and runs
     * of blanks inside it, blank lines at either end go, and a longer gap between paragraphs is one blank line.
     */
    static String tidy(String text) {
        String lines = text.lines().map(l -> SPACES.matcher(l).replaceAll(" ").stripTrailing())
                .collect(java.util.stream.Collectors.joining("\n"));
        return PARAGRAPH_GAP.matcher(lines).replaceAll("\n\n").strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \t]{2,}|\t");
    private static final java.util.regex.Pattern PARAGRAPH_GAP = java.util.regex.Pattern.compile("\n{3,}");

    private LocalDate published(String typed) {
        String value = TextInput.line(typed, "published", "publication date", 10);
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("published", "Write the publication date as YYYY-MM-DD, for example 2023-03-15.");
        }
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1); // a time zone ahead of ours may already be there
        if (date.isAfter(tomorrow) || date.getYear() < 1900) {
            throw new InvalidInput("published", "The publication date must be between 1900-01-01 and today.");
        }
        return date;
    }

    /** Named by its text, so the same article always gets the same id. */
    private static String idFor(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "a_" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
