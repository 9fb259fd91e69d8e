package org.chronoquiz.flashcards;

import java.util.Map;

/**
 * What is due for one learner: learning and review cards per deck, new cards per deck, and how many new
 * cards today still allows. New cards count up to that quota, per deck and in total.
 */
public record DueCounts(Map<Long, Integer> reviews, Map<Long, Integer> fresh, int newQuota) {

    public int deck(long deckId) {
        return reviews.getOrDefault(deckId, 0) + Math.min(fresh.getOrDefault(deckId, 0), newQuota);
    }

    public int total() {
        int due = reviews.values().stream().mapToInt(Integer::intValue).sum();
        int fresh = this.fresh.values().stream().mapToInt(Integer::intValue).sum();
        return due + Math.min(fresh, newQuota);
    }
}
