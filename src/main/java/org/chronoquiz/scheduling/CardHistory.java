package org.chronoquiz.scheduling;

import java.util.List;

/** Every review of one card from its first, in time order. */
public record CardHistory(List<ReviewLog> reviews) {
    public CardHistory {
        reviews = List.copyOf(reviews);
        for (int i = 1; i < reviews.size(); i++) {
            if (reviews.get(i).at().isBefore(reviews.get(i - 1).at())) {
                throw new IllegalArgumentException("reviews[" + i + "] is before the review it follows");
            }
        }
    }
}
