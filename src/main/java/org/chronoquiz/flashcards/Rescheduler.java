package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.Phase;
import org.chronoquiz.scheduling.Rating;
import org.chronoquiz.scheduling.Scheduler;
import org.chronoquiz.scheduling.SchedulerSettings;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
        for (ReviewRecord r : new ReviewDao().history(h, userId)) {
            byCard.computeIfAbsent(r.cardId(), id -> new ArrayList<>()).add(r);
        }
        Map<Long, CardState> out = new LinkedHashMap<>();
        byCard.forEach((cardId, history) -> out.put(cardId, replay(scheduler, cardId, history)));
        return out;
    }

    /**
     * Replays and saves every reviewed card of the learner, in the caller's transaction. Returns how many.
     * A card the change made overdue (its old due date was still ahead) would otherwise fall due this minute
     * together with every other such card: those are spread over the coming days instead, lowest recall
     * first, and never later than they were due before the change.
     */
    public int rescheduleAll(Handle h, long userId, SchedulerSettings settings, Instant now) {
        Map<Long, CardState> replayed = replayAll(h, userId, settings);
        CardDao cards = new CardDao();
        Scheduler scheduler = new Scheduler(settings);
        Map<Long, Instant> dueBefore = new LinkedHashMap<>();
        List<Map.Entry<Long, CardState>> newlyOverdue = new ArrayList<>();
        replayed.forEach((cardId, state) -> {
            Instant before = cards.findById(h, cardId).orElseThrow().state().due();
            if (state.phase() == Phase.REVIEW && state.due().isBefore(now) && before.isAfter(now)) {
                dueBefore.put(cardId, before);
                newlyOverdue.add(Map.entry(cardId, state));
            } else {
                cards.update(h, cardId, state);
            }
        });
        newlyOverdue.sort(Comparator.comparingDouble(e -> scheduler.retrievability(e.getValue(), now)));
        int window = Math.max(1, Math.min(MAX_SPREAD_DAYS, (newlyOverdue.size() + PER_DAY - 1) / PER_DAY));
        for (int i = 0; i < newlyOverdue.size(); i++) {
            long cardId = newlyOverdue.get(i).getKey();
            CardState s = newlyOverdue.get(i).getValue();
            Instant spread = now.plus(Duration.ofDays((long) i * window / newlyOverdue.size()));
            Instant due = spread.isAfter(dueBefore.get(cardId)) ? dueBefore.get(cardId) : spread;
            cards.update(h, cardId, new CardState(s.phase(), s.step(), s.stability(), s.difficulty(), due,
                    s.lastReview(), s.scheduledDays(), s.reps(), s.lapses()));
        }
        return replayed.size();
    }

    /** At most this many cards made overdue by a change are added to one day, over at most a week. */
    static final int PER_DAY = 20;
    static final int MAX_SPREAD_DAYS = 7;
}
