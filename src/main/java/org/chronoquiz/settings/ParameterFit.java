package org.chronoquiz.settings;

import org.chronoquiz.accounts.User;
import org.chronoquiz.flashcards.ReviewDao;
import org.chronoquiz.flashcards.ReviewRecord;
import org.chronoquiz.scheduling.CardHistory;
import org.chronoquiz.scheduling.FitResult;
import org.chronoquiz.scheduling.Optimizer;
import org.chronoquiz.scheduling.Rating;
import org.chronoquiz.scheduling.ReviewLog;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Optimize my parameters": fits the learner's weights to their own review log, starting from the defaults,
 * so the result is never worse than the defaults on their data (the optimizer keeps them otherwise).
 */
public final class ParameterFit {
    private final Jdbi jdbi;
    private final LearnerSettings settings;

    public ParameterFit(Jdbi jdbi, LearnerSettings settings) {
        this.jdbi = jdbi;
        this.settings = settings;
    }

    /** Fits, stores the weights (defaults if the fit was not better) and replays the cards; says what happened. */
    public String optimize(User user) {
        FitResult fit = new Optimizer(settings.defaultsFor(user)).fit(histories(user));
        if (fit.keptDefaults()) {
            if (settings.hasOwnWeights(user)) {
                settings.storeWeights(user, null);
            }
            String more = fit.reviews() < Optimizer.MIN_REVIEWS
                    ? " You have " + fit.reviews() + " reviews; " + (Optimizer.MIN_REVIEWS - fit.reviews())
                    + " more are needed." : "";
            return "Kept the default parameters: " + fit.reason() + "." + more + losses(fit);
        }
        int replayed = settings.storeWeights(user, fit.weights());
        return "Your parameters were fitted to " + fit.reviews() + " reviews." + losses(fit) + " " + replayed
                + " cards were rescheduled.";
    }

    private static String losses(FitResult fit) {
        if (Double.isNaN(fit.logLossBefore())) {
            return "";
        }
        return String.format(Locale.ROOT, " Log loss %.4f before, %.4f after; RMSE %.4f before, %.4f after.",
                fit.logLossBefore(), fit.logLossAfter(), fit.rmseBefore(), fit.rmseAfter());
    }

    /** The learner's reviews as the optimizer reads them: one history per card, oldest first. */
    private List<CardHistory> histories(User user) {
        Map<Long, List<ReviewLog>> byCard = new LinkedHashMap<>();
        for (ReviewRecord r : jdbi.withHandle(h -> new ReviewDao().history(h, user.id()))) {
            byCard.computeIfAbsent(r.cardId(), id -> new ArrayList<>())
                    .add(new ReviewLog(Instant.ofEpochMilli(r.reviewedAt()), Rating.of(r.rating())));
        }
        return byCard.values().stream().map(CardHistory::new).toList();
    }
}
