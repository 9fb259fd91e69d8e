package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.Rating;
import org.chronoquiz.scheduling.Scheduler;
import org.chronoquiz.scheduling.SchedulerSettings;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes cards from their stored review history (ratings and times) under new settings, so that a
 * change of retention or weights applies to every card at once instead of only to the next review of each.
 * The reviews rows are left as they were: they record what the learner did, not what was scheduled.
 */
public final class Rescheduler {
    private final CardStates states = new CardStates();

    /** The fuzz seed of a review, as the service draws it: the same card at the same review count, the same draw. */
    public static long seed(long cardId, CardState before) {
        return cardId * 1_000_003L + before.reps();
    }

    /**
     * Replays one card's history, oldest first, from the state its first review found it in (a new card).
     * No load balancing: the other cards' due dates at each past review are not kept, so only the seeded fuzz
     * is reproduced. {@code history} must not be empty.
     */
    public CardState replay(Scheduler scheduler, long cardId, List<ReviewRecord> history) {
        CardState state = states.read(history.get(0).beforeState());
        for (ReviewRecord r : history) {
            state = scheduler.review(state, Rating.of(r.rating()), Instant.ofEpochMilli(r.reviewedAt()),
                    seed(cardId, state));
        }
        return state;
    }

    /** Every reviewed card of the learner replayed under {@code settings}, by card id; nothing is written. */
    public Map<Long, CardState> replayAll(Handle h, long userId, SchedulerSettings settings) {
        Scheduler scheduler = new Scheduler(settings);
        Map<Long, List<ReviewRecord>> byCard = new LinkedHashMap<>();
        for (ReviewRecord r : h.attach(ReviewDao.class).history(userId)) {
            byCard.computeIfAbsent(r.cardId(), id -> new ArrayList<>()).add(r);
        }
        Map<Long, CardState> out = new LinkedHashMap<>();
        byCard.forEach((cardId, history) -> out.put(cardId, replay(scheduler, cardId, history)));
        return out;
    }

    /** Replays and saves every reviewed card of the learner, in the caller's transaction. Returns how many. */
    public int rescheduleAll(Handle h, long userId, SchedulerSettings settings) {
        Map<Long, CardState> replayed = replayAll(h, userId, settings);
        CardDao cards = h.attach(CardDao.class);
        replayed.forEach((cardId, state) -> CardStates.save(cards, cardId, state));
        return replayed.size();
    }
}
