package org.chronoquiz.settings;

import org.chronoquiz.accounts.User;
import org.chronoquiz.accounts.UserDao;
import org.chronoquiz.flashcards.LearnerScheduling;
import org.chronoquiz.flashcards.Rescheduler;
import org.chronoquiz.scheduling.SchedulerSettings;
import org.chronoquiz.scheduling.WorkloadForecast;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/**
 * A learner's scheduling settings: the workload a retention implies, saving, and fitting their own weights.
 * Every change that moves schedules replays the learner's cards in the same transaction as the change.
 */
public final class LearnerSettings {
    public static final int FORECAST_DAYS = 30;
    private final Jdbi jdbi;
    private final Clock clock;
    private final LearnerScheduling scheduling;
    private final Rescheduler rescheduler;

    public LearnerSettings(Jdbi jdbi, Clock clock, LearnerScheduling scheduling, Rescheduler rescheduler) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.scheduling = scheduling;
        this.rescheduler = rescheduler;
    }

    /** Expected reviews per day over the next 30 days at {@code retention}, cards replayed as saving would. */
    public Workload workload(User user, double retention) {
        SchedulerSettings settings = scheduling.settings(user).withDesiredRetention(retention);
        var cards = jdbi.withHandle(h -> rescheduler.replayAll(h, user.id(), settings)).values();
        double[] perDay = new WorkloadForecast(settings).perDay(cards, clock.instant(), FORECAST_DAYS);
        return Workload.of(retention, perDay);
    }

    /**
     * Saves the form; a new retention or time zone replays every card (the zone too, since elapsed days are
     * counted on the learner's calendar). New cards per day moves no schedule. Returns the cards replayed.
     */
    public int save(User user, SettingsInput input) {
        return jdbi.inTransaction(h -> {
            UserDao users = h.attach(UserDao.class);
            users.updateSettings(user.id(), input.desiredRetention(), input.newCardsPerDay(), input.zone().getId());
            boolean moves = input.desiredRetention() != user.desiredRetention()
                    || !input.zone().getId().equals(user.timeZone());
            return moves ? replay(h, user.id()) : 0;
        });
    }

    /** Stores weights (null: the defaults) and replays every card under them. */
    public int storeWeights(User user, double[] weights) {
        return jdbi.inTransaction(h -> {
            h.attach(UserDao.class).updateWeights(user.id(), weights == null ? null : scheduling.write(weights));
            return replay(h, user.id());
        });
    }

    /** Settings as the scheduler sees them, but starting from the default weights: what a fit must beat. */
    public SchedulerSettings defaultsFor(User user) {
        return scheduling.settings(user).withWeights(SchedulerSettings.DEFAULT_WEIGHTS);
    }

    /** The weights in use, comma-separated with four decimals, as Anki's FSRS options show and accept them. */
    public String weightsText(User user) {
        StringBuilder out = new StringBuilder();
        for (double w : scheduling.settings(user).weights()) {
            out.append(out.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.4f", w));
        }
        return out.toString();
    }

    /** How many reviews the learner has: the optimizer needs enough of them. */
    public int reviewCount(User user) {
        return jdbi.withHandle(h -> new org.chronoquiz.flashcards.ReviewDao().count(h, user.id()));
    }

    public boolean hasOwnWeights(User user) {
        return user.fsrsWeights() != null;
    }

    private int replay(Handle h, long userId) {
        User updated = h.attach(UserDao.class).findById(userId).orElseThrow();
        return rescheduler.rescheduleAll(h, userId, scheduling.settings(updated), clock.instant());
    }
}
