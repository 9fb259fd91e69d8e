package org.chronoquiz.stats;

import org.chronoquiz.accounts.User;
import org.chronoquiz.flashcards.LearnerScheduling;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/** A learner's review charts, drawn by the pure chart classes from their review log and started cards. */
public final class Statistics {
    private final Jdbi jdbi;
    private final Clock clock;

    public Statistics(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public ReviewCharts charts(User user) {
        return jdbi.withHandle(h -> { // both reads from one snapshot
            StatsDao rows = h.attach(StatsDao.class);
            return ReviewCharts.of(rows.reviewSlots(user.id()), rows.startedCards(user.id()),
                    LearnerScheduling.days(user), clock.instant());
        });
    }
}
