package org.chronoquiz.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.dates.DateValue;
import org.chronoquiz.decks.Deck;
import org.chronoquiz.decks.DeckDao;
import org.chronoquiz.formats.FormatError;
import org.chronoquiz.formats.PortableQuestion;
import org.chronoquiz.formats.QuestionFormat;
import org.chronoquiz.numbers.NumericAnswer;
import org.chronoquiz.questions.Matching;
import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionDao;
import org.chronoquiz.questions.QuestionStatus;
import org.chronoquiz.questions.TagDao;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.Json;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Questions in and out of files (Anki, Moodle, CSV, our JSON), for the browser and the {@code import} and
 * {@code export} commands. An import is all or nothing, in one transaction: a question that does not pass the
 * instructor's form checks stops it with its number and the reason. A question is matched by its deck and key,
 * so importing the same file again changes nothing, and a changed question becomes a new version.
 */
public final class QuestionExchange {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_QUESTIONS = 10_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final QuestionValidator validator = new QuestionValidator();
    private final ObjectMapper json = new ObjectMapper();

    public QuestionExchange(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** What an import did. */
    public record Imported(int added, int updated, int unchanged, List<String> decks) {
    }

    /** The active questions of one deck (by title), or of every deck when {@code deckTitle} is null. */
    public byte[] export(QuestionFormat format, String deckTitle) {
        return format.write(jdbi.withHandle(h -> {
            DeckDao decks = h.attach(DeckDao.class);
            List<Deck> chosen = deckTitle == null ? decks.list() : List.of(decks.findById(decks.idForTitle(deckTitle)
                    .orElseThrow(() -> new InvalidInput("deck", "There is no deck “" + deckTitle + "”."))).orElseThrow());
            List<PortableQuestion> out = new ArrayList<>();
            for (Deck d : chosen) {
                List<Question> questions = h.attach(QuestionDao.class).activeByDeck(d.id());
                Map<Long, List<String>> tags = h.attach(TagDao.class).tagsOf(questions.stream().map(Question::id).toList());
                questions.forEach(q -> out.add(portable(q, d.title(), tags.getOrDefault(q.id(), List.of()))));
            }
            if (out.isEmpty()) { // an empty file is easily taken for a broken download
                throw new InvalidInput("deck", (deckTitle == null ? "No deck has" : "The deck “" + deckTitle + "” has no")
                        + " active questions to export yet: accept drafts or restore retired questions first.");
            }
            return out;
        }));
    }

    private static PortableQuestion portable(Question q, String deck, List<String> tags) {
        boolean sourced = q.sourceSentence() != null || q.sourceStart() != null || q.sourceNote() != null;
        return new PortableQuestion(q.key(), deck, q.type(), q.prompt(), q.answer(), q.answerValue(), q.choices(),
                sourced ? new PortableQuestion.Source(q.sourceSentence(), q.sourceStart(), q.sourceEnd(), q.sourceNote()) : null,
                tags);
    }

    /** Reads and stores a file's questions; {@code defaultDeck} holds those the file names no deck for. */
    public Imported importFile(QuestionFormat format, byte[] file, String defaultDeck) {
        if (file.length > MAX_BYTES) {
            throw new InvalidInput("file", "The file is too large: at most " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        if (!format.readable()) {
            throw new InvalidInput("format", "Files in " + format.name() + " format are written for other tools, not read.");
        }
        List<PortableQuestion> questions;
        try {
            questions = format.read(file, defaultDeck);
        } catch (FormatError e) {
            throw new InvalidInput("file", e.getMessage());
        }
        if (questions.isEmpty()) {
            throw new InvalidInput("file", "The file holds no questions.");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw new InvalidInput("file", "At most " + MAX_QUESTIONS + " questions per file.");
        }
        return jdbi.inTransaction(h -> {
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            var decks = new java.util.LinkedHashSet<String>();
            var seen = new HashSet<String>();
            for (int i = 0; i < questions.size(); i++) {
                PortableQuestion p = questions.get(i);
                String where = "Question " + (i + 1) + (p.key() == null ? "" : " (" + p.key() + ")");
                String deck = p.deck() != null && !p.deck().isBlank() ? p.deck().trim() : defaultDeck;
                if (deck == null || deck.isBlank()) {
                    throw new InvalidInput("deck", where + " names no deck: give a deck for the file.");
                }
                if (deck.length() > 200) {
                    throw new InvalidInput("file", where + ": a deck name has at most 200 characters.");
                }
                decks.add(deck);
                String key = p.key() == null || p.key().isBlank() ? contentKey(p) : p.key().trim();
                if (!seen.add(deck + "\u0000" + key)) {
                    throw new InvalidInput("file", where + ": the key " + key + " appears twice in the file.");
                }
                switch (store(h, deckId(h, deck), key, p, where)) {
                    case ADDED -> added++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            return new Imported(added, updated, unchanged, List.copyOf(decks));
        });
    }

    private enum Outcome { ADDED, UPDATED, UNCHANGED }

    private Outcome store(Handle h, long deckId, String key, PortableQuestion p, String where) {
        if (key.length() > 200) {
            throw new InvalidInput("file", where + ": a key has at most 200 characters.");
        }
        boolean timeline = "timeline".equals(p.type());
        boolean numerical = "numerical".equals(p.type());
        List<String> given = p.choices() == null ? List.of() : p.choices();
        if ("matching".equals(p.type())) {
            // Moodle XML can hold a left item with "->"; we write a pair "left -> right" and would cut it there
            for (String left : given) {
                if (left.contains(Matching.ARROW)) {
                    throw new InvalidInput("file", where + ": the left item “" + left + "” contains “->”, which separates"
                            + " a pair's left item from its right one; write it another way (“→”, say).");
                }
            }
        }
        String choicesText = String.join("\n", timeline && p.answer() != null ? p.answer().lines().toList()
                : "matching".equals(p.type()) ? Matching.of(given, p.answer()).lines() : given);
        // a numerical's tolerance is in its value, "2013:1", as GIFT writes it
        String tolerance = numerical ? NumericAnswer.readSpec(p.answerValue(), 100)
                .map(a -> a.tolerance().toPlainString()).orElse(null) : null;
        if (numerical && p.answerValue() != null && tolerance == null) {
            throw new InvalidInput("file", where + ": “" + p.answerValue() + "” is not a number and tolerance such as 2013:1.");
        }
        ValidQuestion q;
        try {
            q = validator.validate(new QuestionInput(Long.toString(deckId), p.type(), p.prompt(), p.answer(), tolerance,
                    choicesText, p.source() == null ? null : p.source().sentence(),
                    String.join(" ", p.tags() == null ? List.of() : p.tags())));
        } catch (InvalidInput e) {
            throw new InvalidInput("file", where + ": " + e.getMessage()); // the file is what must be corrected
        }
        if (numerical && p.answerValue() != null && !q.answerValue().equals(NumericAnswer.readSpec(p.answerValue(), 100)
                .orElseThrow().spec())) {
            throw new InvalidInput("file", where + ": the value " + p.answerValue() + " is not the answer " + q.answer() + ".");
        }
        boolean dated = !numerical;
        String value = dated && p.answerValue() != null && !p.answerValue().isBlank() ? p.answerValue() : q.answerValue();
        if (dated && value != null && DateValue.parse(value.split(",")[0], null).isEmpty()) {
            throw new InvalidInput("file", where + ": “" + value + "” is not a TIMEX3 date value.");
        }
        // a timeline keeps the order the file shows its events in, when that is the same events
        List<String> shown = timeline && p.choices() != null && new HashSet<>(p.choices()).equals(new HashSet<>(q.choices()))
                && !p.choices().equals(q.choices()) ? p.choices() : q.choices();
        String choices = Json.write(json, shown);
        QuestionDao questions = h.attach(QuestionDao.class);
        TagDao tags = h.attach(TagDao.class);
        var existing = questions.findByKey(deckId, key);
        long now = clock.millis();
        if (existing.isEmpty()) {
            var s = p.source();
            questions.insertIfAbsent(deckId, key, q.type(), q.prompt(), q.answer(), value, choices,
                    q.sourceSentence(), s == null ? null : s.start(), s == null ? null : s.end(), s == null ? null : s.note(),
                    "instructor", QuestionStatus.ACTIVE.code(), now);
            tags.replace(questions.findByKey(deckId, key).orElseThrow().id(), q.tags());
            return Outcome.ADDED;
        }
        Question old = existing.get();
        List<String> oldTags = tags.tagsOf(List.of(old.id())).getOrDefault(old.id(), List.of());
        boolean same = old.type().equals(q.type()) && old.prompt().equals(q.prompt()) && old.answer().equals(q.answer())
                && old.choices().equals(shown) && java.util.Objects.equals(old.answerValue(), value);
        if (same && new HashSet<>(oldTags).equals(new HashSet<>(q.tags()))) {
            return Outcome.UNCHANGED;
        }
        if (!same) {
            questions.archive(old.id(), now);
            questions.update(old.id(), q.type(), q.prompt(), q.answer(), value, choices, now);
        }
        tags.replace(old.id(), q.tags());
        return Outcome.UPDATED;
    }

    private static long deckId(Handle h, String title) {
        DeckDao decks = h.attach(DeckDao.class);
        return decks.idForTitle(title).orElseGet(() -> decks.insert(null, title));
    }

    /** A key for a question its file gives none (a GIFT question without a title): the same content, the same key. */
    private static String contentKey(PortableQuestion p) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((p.type() + "\u0000" + p.prompt() + "\u0000" + p.answer())
                    .getBytes(StandardCharsets.UTF_8));
            return "import-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
