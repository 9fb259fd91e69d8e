package org.chronoquiz.flashcards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.accounts.User;
import org.chronoquiz.scheduling.LearnerDays;
import org.chronoquiz.scheduling.SchedulerSettings;

import java.time.ZoneId;

/**
 * The scheduler settings a learner's account implies: their weights (fitted, or the defaults), desired
 * retention and calendar, with fuzz on as the service always has it. One place, so that reviewing,
 * replaying and previewing cannot disagree.
 */
public final class LearnerScheduling {
    /** Anki's default: a learner's day starts at 4 a.m., so a late-night session counts as the same day. */
    public static final int ROLLOVER_HOUR = 4;
    private final ObjectMapper json = new ObjectMapper();
    /** Made once: the defaults' steps and limits are the same for every learner, and every review asks for them. */
    private final SchedulerSettings defaults = SchedulerSettings.defaults();

    public SchedulerSettings settings(User user) {
        SchedulerSettings d = defaults;
        return new SchedulerSettings(weights(user), user.desiredRetention(), d.learningSteps(), d.relearningSteps(),
                true, d.maximumInterval(), true, zone(user), ROLLOVER_HOUR);
    }

    /** The stored weights, or the defaults when the learner has none (or they no longer read). */
    double[] weights(User user) {
        if (user.fsrsWeights() == null) {
            return SchedulerSettings.DEFAULT_WEIGHTS.clone();
        }
        try {
            return json.readValue(user.fsrsWeights(), double[].class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored weights of user " + user.id() + " are not a JSON array", e);
        }
    }

    /** Weights as stored in users.fsrs_weights. */
    public String write(double[] weights) {
        try {
            return json.writeValueAsString(weights);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The learner's calendar: which day a review belongs to, in their zone with the 4 a.m. rollover. */
    public static LearnerDays days(User user) {
        return new LearnerDays(zone(user), ROLLOVER_HOUR);
    }

    /** The learner's zone; a zone the JVM no longer knows falls back to UTC rather than locking them out. */
    public static ZoneId zone(User user) {
        try {
            return ZoneId.of(user.timeZone());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
