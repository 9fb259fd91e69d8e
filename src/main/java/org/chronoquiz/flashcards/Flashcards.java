package org.chronoquiz.flashcards;

import org.chronoquiz.accounts.User;
import org.chronoquiz.decks.DeckDao;
import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.DueLoad;
import org.chronoquiz.scheduling.Rating;
import org.chronoquiz.scheduling.Scheduler;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.storage.GroupCommit;
import org.chronoquiz.support.NotFound;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's flashcards: what is due, grading a card, undoing the last grade. Scheduling itself is the
 * pure {@link Scheduler}'s; this class only loads, saves and applies the learner's settings.
 */
public final class Flashcards {
    public static final int MAX_LIMIT = 500;

    private final Jdbi jdbi;
    private final GroupCommit writer;
    private final Clock clock;
    private final LearnerScheduling scheduling;
    private final CardStates states = new CardStates();
    private final DueCards dueCards = new DueCards();
    private final CardDao cards = new CardDao();
    private final ReviewDao reviews = new ReviewDao();
    private final StudyDao study = new StudyDao();

    public Flashcards(Jdbi jdbi, GroupCommit writer, Clock clock, LearnerScheduling scheduling) {
        this.jdbi = jdbi;
        this.writer = writer;
        this.clock = clock;
        this.scheduling = scheduling;
    }

    /** Cards to review now: due learning and review cards first, then new ones up to the daily limit. */
    public List<Card> due(User user, long deckId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        long now = clock.millis();
        return jdbi.withHandle(h -> { // reads only, so no write lock; cards exist already: see migration V10
            List<Card> due = new ArrayList<>(dueCards.due(h, user.id(), deckId, now, limit));
            int room = Math.min(limit - due.size(), newQuota(user, dueCards.startedSince(h, user.id(), dayStart(user, now))));
            if (room > 0) {
                due.addAll(dueCards.fresh(h, user.id(), deckId, room));
            }
            return due;
        });
    }

    /**
     * What the review page shows, read in one handle: the next card and what each grade would do to it, how many
     * are due (of one deck, or all with 0), how many were reviewed today, and whether the learner studies anything.
     */
    public ReviewPage page(User user, long deckId) {
        long now = clock.millis();
        return jdbi.withHandle(h -> {
            DueCards.Counts counts = dueCards.counts(h, user.id(), deckId, now, dayStart(user, now));
            int quota = newQuota(user, counts.startedToday());
            List<Card> next = dueCards.due(h, user.id(), deckId, now, 1);
            if (next.isEmpty() && quota > 0) {
                next = dueCards.fresh(h, user.id(), deckId, 1);
            }
            Card card = next.isEmpty() ? null : next.get(0);
            Map<Rating, String> intervals = card == null ? Map.of() : intervals(h, user, card);
            boolean studiesNothing = card == null && study.decks(h, user.id()).isEmpty();
            return new ReviewPage(card, intervals, counts.due() + Math.min(counts.fresh(), quota),
                    counts.reviewedToday(), studiesNothing);
        });
    }

    /**
     * Adds the deck to the learner's reviews: its flashcards become their cards, and so do the deck's later
     * ones. Adding it again changes nothing. Returns how many cards of the deck the learner has.
     */
    public int study(User user, long deckId) {
        return jdbi.inTransaction(h -> {
            h.attach(DeckDao.class).findById(deckId).orElseThrow(() -> new NotFound("no deck " + deckId));
            study.add(h, deckId, user.id(), clock.millis());
            return study.cards(h, user.id(), deckId);
        });
    }

    /** The decks whose cards the learner reviews. */
    public Set<Long> studied(User user) {
        return jdbi.withHandle(h -> study.decks(h, user.id()));
    }

    /** What the home page shows of the learner's cards, read in one statement: the due counts, today's reviews, the decks. */
    public Overview overview(User user) {
        long now = clock.millis();
        long dayStart = dayStart(user, now);
        DueCards.Overview o = jdbi.withHandle(h -> dueCards.overview(h, user.id(), now, dayStart));
        return new Overview(new DueCounts(o.dueByDeck(), o.freshByDeck(), newQuota(user, o.startedToday())),
                o.reviewedToday(), o.studied());
    }

    /** The learner's due counts, how many reviews they did today, and the decks they study. */
    public record Overview(DueCounts counts, int reviewedToday, Set<Long> studied) {
    }

    /** How many cards {@link #due} would return with no limit, for one deck (or all, with 0). */
    public int dueCount(User user, long deckId) {
        DueCounts counts = dueCounts(user);
        return deckId == 0 ? counts.total() : counts.deck(deckId);
    }

    /** Due counts of every deck in one transaction, for pages that list several decks. */
    public DueCounts dueCounts(User user) {
        long now = clock.millis();
        return jdbi.withHandle(h -> new DueCounts(dueCards.dueByDeck(h, user.id(), now), dueCards.freshByDeck(h, user.id()),
                newQuota(user, dueCards.startedSince(h, user.id(), dayStart(user, now)))));
    }

    private static int newQuota(User user, int startedToday) {
        return Math.max(0, user.newCardsPerDay() - startedToday);
    }

    /** The start of the learner's current day, in their time zone with the 4 a.m. rollover. */
    long dayStart(User user, long now) {
        LocalDate today = LearnerScheduling.days(user).dayOf(Instant.ofEpochMilli(now));
        return today.atTime(LearnerScheduling.ROLLOVER_HOUR, 0).atZone(zone(user)).toInstant().toEpochMilli();
    }

    public int reviewedToday(User user) {
        long now = clock.millis();
        return jdbi.withHandle(h -> dueCards.reviewedSince(h, user.id(), dayStart(user, now)));
    }

    public Card card(User user, long cardId) {
        return jdbi.withHandle(h -> cards.findById(h, cardId)).filter(c -> c.userId() == user.id())
                .orElseThrow(() -> new NotFound("no card " + cardId));
    }

    /** What each grade would do to the card now, for the labels on the buttons ("10m", "2d"). */
    private Map<Rating, String> intervals(Handle h, User user, Card card) {
        Instant now = clock.instant();
        Map<Rating, String> labels = new EnumMap<>(Rating.class);
        Map<Rating, CardState> next = scheduler(user).preview(card.state(), now, seed(card), dueLoad(h, user));
        next.forEach((rating, state) -> labels.put(rating, Intervals.label(Duration.between(now, state.due()))));
        return labels;
    }

    /**
     * Grades a card. {@code reviewKey} is the client's idempotency key: a repeat returns the first outcome
     * and stores nothing new.
     */
    public ReviewOutcome review(User user, long cardId, int ratingValue, String reviewKey) {
        if (reviewKey == null || reviewKey.isBlank() || reviewKey.length() > 200) {
            throw new InvalidInput("review_id", "review_id must be a non-empty string of at most 200 characters.");
        }
        // a lone surrogate is no character: stored as UTF-8 it becomes '?', and two different keys would collide
        if (reviewKey.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE || Character.isISOControl(c))) {
            throw new InvalidInput("review_id", "review_id must be text without control characters or broken Unicode.");
        }
        Rating rating;
        try {
            rating = Rating.of(ratingValue);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("rating", e.getMessage() + ".");
        }
        Instant now = clock.instant();
        // Scheduled here, on the request's own thread, from a read of the card: the one writer thread then only
        // checks and writes, so the reviews of many learners are scheduled side by side, not one after another.
        Scheduled planned = jdbi.withHandle(h -> cards.gradedById(h, cardId)
                .filter(c -> c.userId() == user.id())
                .map(card -> schedule(h, user, card.state(), rating, now, Rescheduler.seed(card.id(), card.state())))
                .orElse(null));
        return writer.inTransaction(h -> { // shares its commit with the reviews arriving alongside
            // Two statements in the usual case, on the one writer thread every review waits for: the card moves on
            // only if it is still as it was scheduled from, and the review goes in unless its key was used. The card
            // goes first: a card graded meanwhile (a third of the benchmark's reviews, whose learners grade few cards
            // over many connections) then costs no insert and delete of the review, each with its trigger.
            if (planned != null && cards.updateIfUnchanged(h, cardId, user.id(), planned.before(), planned.after())) {
                if (reviews.insertNew(h, cardId, user.id(), reviewKey, rating.value(), now.toEpochMilli(),
                        planned.before().phase().name(), planned.beforeJson(), planned.afterJson())) {
                    return new ReviewOutcome(cardId, planned.after(), false);
                }
                // the key was used (a retry that read the card after its first review): the card goes back as it was
                cards.update(h, cardId, planned.before());
            }
            Optional<ReviewRecord> earlier = reviews.findByKey(h, user.id(), reviewKey);
            if (earlier.isPresent()) {
                if (earlier.get().cardId() != cardId) {
                    throw new InvalidInput("review_id", "This review_id was already used for another card.");
                }
                return new ReviewOutcome(cardId, states.read(earlier.get().afterState()), true);
            }
            CardDao.Graded card = cards.gradedById(h, cardId).filter(c -> c.userId() == user.id())
                    .orElseThrow(() -> new NotFound("no card " + cardId));
            // graded meanwhile (a second tab, a retry with a new key): schedule again from what is stored
            Scheduled done = planned != null && planned.before().equals(card.state()) ? planned
                    : schedule(h, user, card.state(), rating, now, Rescheduler.seed(card.id(), card.state()));
            cards.update(h, cardId, done.after());
            reviews.insert(h, cardId, user.id(), reviewKey, rating.value(), now.toEpochMilli(),
                    card.state().phase().name(), done.beforeJson(), done.afterJson());
            return new ReviewOutcome(cardId, done.after(), false);
        });
    }

    /** A grade worked out: the card's state before and after, and both as stored. */
    private record Scheduled(CardState before, CardState after, String beforeJson, String afterJson) {
    }

    private Scheduled schedule(Handle h, User user, CardState before, Rating rating, Instant now, long seed) {
        CardState after = scheduler(user).review(before, rating, now, seed, dueLoad(h, user));
        return new Scheduled(before, after, states.write(before), states.write(after));
    }

    /** Undoes the learner's latest review, putting its card back exactly as it was. Empty when there is none. */
    public Optional<Long> undo(User user) {
        return jdbi.inTransaction(h -> {
            Optional<ReviewRecord> last = reviews.latest(h, user.id());
            last.ifPresent(r -> {
                cards.update(h, r.cardId(), states.read(r.beforeState()));
                reviews.delete(h, r.id());
            });
            return last.map(ReviewRecord::cardId);
        });
    }

    /** Cards already due on each of the learner's days, read while {@code h} is open: fuzz balances over them. */
    DueLoad dueLoad(Handle h, User user) {
        return new LoadWindow(h, user.id(), LearnerScheduling.days(user), dueCards);
    }

    /** The learner's scheduler: their weights (fitted or default), retention and calendar. */
    Scheduler scheduler(User user) {
        return new Scheduler(scheduling.settings(user));
    }

    /** Shared with {@link Rescheduler}, so a replay draws the same fuzz as the review did (load balancing aside). */
    private static long seed(Card card) {
        return Rescheduler.seed(card.id(), card.state());
    }

    private static ZoneId zone(User user) {
        return LearnerScheduling.zone(user);
    }
}
