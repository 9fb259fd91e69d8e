package org.chronoquiz.flashcards;

import org.chronoquiz.storage.Args;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reads behind "what is due": the due and new cards, their counts, and today's reviews. Every review page,
 * home page and due-list request runs these, so they use Jdbi's fluent API with mappers of their own: a SQL object
 * call resolves its method's types and copies its configuration on every call, which cost more than the
 * statements. The counts one page needs come back in one statement.
 */
final class DueCards {
    static final String CARD = """
            SELECT c.*, q.deck_id, q.prompt, q.answer, q.source_sentence
            FROM cards c JOIN questions q ON q.id = c.question_id
            """;

    /** Cards in learning or review that are due, earliest first (learning steps come due within minutes). */
    static final String DUE = CARD + """
             WHERE c.user_id = :userId AND c.phase <> 'NEW' AND c.due <= :now AND q.status = 'active'
               AND (:deckId = 0 OR q.deck_id = :deckId)
             ORDER BY c.due, c.id LIMIT :limit""";

    /**
     * New cards in the order their questions were added (as Anki's new-card order): read from the cards_new
     * index in that order, so nothing is sorted and the read stops at the limit. A deck is a range, so that
     * "every deck" (the whole range) uses the same index.
     */
    static final String FRESH = CARD + """
             WHERE c.user_id = :userId AND c.phase = 'NEW' AND q.status = 'active' AND q.type = 'cloze'
               AND q.deck_id >= :fromDeck AND q.deck_id <= :toDeck
             ORDER BY c.question_id LIMIT :limit""";

    /**
     * Reviews since {@code :since} (the start of the learner's day), counted from review_slots (migration V15) for the
     * quarter hours that start at or after it ({@code :wholeSlot} on) and from the reviews themselves only before the
     * first of those ({@code :wholeStart}); a day starts on a quarter hour in every zone, so that part is empty. A
     * heavy learner's day is thousands of reviews, and every home and review page counted them one by one.
     */
    static final String REVIEWED_SINCE = """
            ((SELECT coalesce(sum(s.reviews), 0) FROM review_slots s WHERE s.user_id = :userId AND s.slot >= :wholeSlot)
             + (SELECT count(*) FROM reviews WHERE user_id = :userId AND reviewed_at >= :since
                AND reviewed_at < :wholeStart))""";

    /** As {@link #REVIEWED_SINCE}, the reviews of cards in the New phase: new cards started (migration V16). */
    static final String STARTED_SINCE = """
            ((SELECT coalesce(sum(s.started), 0) FROM review_slots s WHERE s.user_id = :userId AND s.slot >= :wholeSlot)
             + (SELECT count(*) FROM reviews WHERE user_id = :userId AND reviewed_at >= :since
                AND reviewed_at < :wholeStart AND before_phase = 'NEW'))""";

    /** What one page shows, counted in one statement: due cards, new cards, new cards started today, reviews today. */
    static final String COUNTS = """
            SELECT (SELECT count(*) FROM cards c JOIN questions q ON q.id = c.question_id
                    WHERE c.user_id = :userId AND c.phase <> 'NEW' AND c.due <= :now AND q.status = 'active'
                      AND q.deck_id >= :fromDeck AND q.deck_id <= :toDeck) AS due,
                   (SELECT count(*) FROM cards c JOIN questions q ON q.id = c.question_id
                    WHERE c.user_id = :userId AND c.phase = 'NEW' AND q.status = 'active' AND q.type = 'cloze'
                      AND q.deck_id >= :fromDeck AND q.deck_id <= :toDeck) AS fresh,
                   %s AS started, %s AS reviewed""".formatted(STARTED_SINCE, REVIEWED_SINCE);

    /** Learning and review cards due now, per deck: a range on the started cards' index. */
    static final String DUE_BY_DECK = """
            SELECT q.deck_id AS deck, count(*) AS n FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = :userId AND c.phase <> 'NEW' AND c.due <= :now AND q.status = 'active'
            GROUP BY q.deck_id""";

    /** New cards not yet started, per deck: the new cards' index. */
    static final String FRESH_BY_DECK = """
            SELECT q.deck_id AS deck, count(*) AS n FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = :userId AND c.phase = 'NEW' AND q.status = 'active' AND q.type = 'cloze'
            GROUP BY q.deck_id""";

    /** How many new cards the learner has started since the start of their day. */
    static final String STARTED = "SELECT " + STARTED_SINCE;

    /** How many reviews the learner has done since the start of their day. */
    static final String REVIEWED = "SELECT " + REVIEWED_SINCE;

    /**
     * Everything the home page shows of the learner's cards, in one statement rather than five: the due cards
     * ({@link #DUE_BY_DECK}) and new cards ({@link #FRESH_BY_DECK}) per deck, the decks studied, and today's new cards
     * started ({@link #STARTED}) and reviews ({@link #REVIEWED}), each row told apart by its kind.
     */
    static final String OVERVIEW = """
            SELECT 0 AS kind, q.deck_id AS deck, count(*) AS n FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = :userId AND c.phase <> 'NEW' AND c.due <= :now AND q.status = 'active'
            GROUP BY q.deck_id
            UNION ALL
            SELECT 1 AS kind, q.deck_id AS deck, count(*) AS n FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = :userId AND c.phase = 'NEW' AND q.status = 'active' AND q.type = 'cloze'
            GROUP BY q.deck_id
            UNION ALL
            SELECT 2 AS kind, deck_id AS deck, 0 AS n FROM deck_learners WHERE user_id = :userId
            UNION ALL
            SELECT 3 AS kind, 0 AS deck, %s AS n
            UNION ALL
            SELECT 4 AS kind, 0 AS deck, %s AS n""".formatted(STARTED_SINCE, REVIEWED_SINCE);

    /** What {@link #OVERVIEW} reads: the due and new cards per deck, the decks studied, today's starts and reviews. */
    record Overview(Map<Long, Integer> dueByDeck, Map<Long, Integer> freshByDeck, Set<Long> studied, int startedToday,
                    int reviewedToday) {
    }

    private record OverviewRow(int kind, long deck, int n) {
    }

    Overview overview(Handle h, long userId, long now, long since) {
        Map<Long, Integer> due = new HashMap<>();
        Map<Long, Integer> fresh = new HashMap<>();
        Set<Long> studied = new HashSet<>();
        int[] today = new int[2];
        since(h.createQuery(OVERVIEW), since).bind("userId", Args.of(userId)).bind("now", Args.of(now))
                .map((rs, ctx) -> new OverviewRow(rs.getInt("kind"), rs.getLong("deck"), rs.getInt("n")))
                .forEach(row -> {
                    switch (row.kind()) {
                        case 0 -> due.put(row.deck(), row.n());
                        case 1 -> fresh.put(row.deck(), row.n());
                        case 2 -> studied.add(row.deck());
                        default -> today[row.kind() - 3] = row.n();
                    }
                });
        return new Overview(due, fresh, studied, today[0], today[1]);
    }

    /** The width of a {@link #DUE_SLOTS} slot: a quarter hour, in milliseconds. */
    static final long SLOT_MILLIS = 15 * 60 * 1000;

    /**
     * How many review cards fall due in each quarter hour of [from, to), numbered from {@code from}: a few weeks'
     * load for fuzz to spread new intervals over, counted by SQLite rather than read card by card. Every zone's
     * offset is a whole number of quarter hours and a learner's day starts on the hour, so a slot lies inside
     * one learner day (as in review_slots). A range on the started cards' index (hence the redundant phase test).
     */
    static final String DUE_SLOTS = """
            SELECT (c.due - :from) / %d AS slot, count(*) AS n FROM cards c
            WHERE c.user_id = :userId AND c.phase <> 'NEW' AND c.due >= :from AND c.due < :to AND c.phase = 'REVIEW'
            GROUP BY slot""".formatted(SLOT_MILLIS);

    /** The counts of one deck (or of all, with deck 0) for one learner's day. */
    record Counts(int due, int fresh, int startedToday, int reviewedToday) {
    }

    private static final RowMapper<Card> CARDS = new CardMapper();

    List<Card> due(Handle h, long userId, long deckId, long now, int limit) {
        return h.createQuery(DUE).bind("userId", Args.of(userId)).bind("deckId", Args.of(deckId)).bind("now", Args.of(now))
                .bind("limit", Args.of(limit)).map(CARDS).list();
    }

    List<Card> fresh(Handle h, long userId, long deckId, int limit) {
        return h.createQuery(FRESH).bind("userId", Args.of(userId)).bind("fromDeck", Args.of(from(deckId)))
                .bind("toDeck", Args.of(to(deckId))).bind("limit", Args.of(limit)).map(CARDS).list();
    }

    Counts counts(Handle h, long userId, long deckId, long now, long dayStart) {
        return since(h.createQuery(COUNTS), dayStart).bind("userId", Args.of(userId)).bind("now", Args.of(now))
                .bind("fromDeck", Args.of(from(deckId))).bind("toDeck", Args.of(to(deckId)))
                .map((rs, ctx) -> new Counts(rs.getInt("due"), rs.getInt("fresh"), rs.getInt("started"),
                        rs.getInt("reviewed")))
                .one();
    }

    Map<Long, Integer> dueByDeck(Handle h, long userId, long now) {
        return perDeck(h.createQuery(DUE_BY_DECK).bind("userId", Args.of(userId)).bind("now", Args.of(now)));
    }

    Map<Long, Integer> freshByDeck(Handle h, long userId) {
        return perDeck(h.createQuery(FRESH_BY_DECK).bind("userId", Args.of(userId)));
    }

    private static Map<Long, Integer> perDeck(Query query) {
        Map<Long, Integer> out = new HashMap<>();
        query.map((rs, ctx) -> Map.entry(rs.getLong("deck"), rs.getInt("n"))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    int startedSince(Handle h, long userId, long since) {
        return since(h.createQuery(STARTED), since).bind("userId", Args.of(userId))
                .map((rs, ctx) -> rs.getInt(1)).one();
    }

    int reviewedSince(Handle h, long userId, long since) {
        return since(h.createQuery(REVIEWED), since).bind("userId", Args.of(userId))
                .map((rs, ctx) -> rs.getInt(1)).one();
    }

    /** A non-empty quarter hour of {@link #DUE_SLOTS}: its number from the range's start, and its due review cards. */
    record DueSlot(long slot, int cards) {
    }

    List<DueSlot> dueSlots(Handle h, long userId, long from, long to) {
        return h.createQuery(DUE_SLOTS).bind("userId", Args.of(userId)).bind("from", Args.of(from))
                .bind("to", Args.of(to))
                .map((rs, ctx) -> new DueSlot(rs.getLong(1), rs.getInt(2))).list();
    }

    /** Binds {@link #REVIEWED_SINCE}'s bounds: the instant, and the first quarter hour that starts at or after it. */
    private static Query since(Query query, long since) {
        long wholeSlot = Math.floorDiv(since, SLOT_MILLIS) + (Math.floorMod(since, SLOT_MILLIS) == 0 ? 0 : 1);
        return query.bind("since", Args.of(since)).bind("wholeSlot", Args.of(wholeSlot))
                .bind("wholeStart", Args.of(wholeSlot * SLOT_MILLIS));
    }

    private static long from(long deckId) {
        return deckId == 0 ? Long.MIN_VALUE : deckId;
    }

    private static long to(long deckId) {
        return deckId == 0 ? Long.MAX_VALUE : deckId;
    }
}
