package org.chronoquiz.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * FSRS-6 scheduler (fsrs.md sections 3-5 with the decisions of section 0). Pure: the caller passes the
 * time and a fuzz seed, so the same inputs always give the same card.
 */
public final class Scheduler {
    private final SchedulerSettings settings;
    private final MemoryModel model;
    private final LearnerDays days;
    private final IntervalPicker picker;

    public Scheduler(SchedulerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = new MemoryModel(settings.weights(), settings.shortTerm());
        this.days = new LearnerDays(settings.zone(), settings.rolloverHour());
        this.picker = new IntervalPicker(settings.fuzz(), settings.maximumInterval(), days);
    }

    public SchedulerSettings settings() {
        return settings;
    }

    /**
     * The card after {@code rating} at {@code now}. {@code fuzzSeed} makes fuzz reproducible: derive it from
     * the card and its review count (say {@code cardId * 31 + reps}) so a preview and the review agree.
     */
    public CardState review(CardState card, Rating rating, Instant now, long fuzzSeed) {
        return review(card, rating, now, fuzzSeed, null);
    }

    /**
     * As {@link #review(CardState, Rating, Instant, long)}, but when fuzz is on, picks the day in the fuzz
     * range with the fewest cards already due according to {@code load} (null: plain fuzz).
     */
    public CardState review(CardState card, Rating rating, Instant now, long fuzzSeed, DueLoad load) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");
        int elapsed = isNew(card) ? 0 : days.between(card.lastReview(), now);
        Review r = new Review(card, now, elapsed, fuzzSeed, load);
        if (!settings.shortTerm()) {
            return longTerm(r, rating);
        }
        return switch (card.phase()) {
            case NEW, LEARNING -> stepped(r, rating, settings.learningSteps(), Phase.LEARNING);
            case RELEARNING -> stepped(r, rating, settings.relearningSteps(), Phase.RELEARNING);
            case REVIEW -> fromReview(r, rating);
        };
    }

    /** The outcome of each rating, for showing intervals on the buttons. */
    public Map<Rating, CardState> preview(CardState card, Instant now, long fuzzSeed) {
        return preview(card, now, fuzzSeed, null);
    }

    /** As {@link #preview(CardState, Instant, long)} with load balancing; pass the seed and load the review will get. */
    public Map<Rating, CardState> preview(CardState card, Instant now, long fuzzSeed, DueLoad load) {
        Map<Rating, CardState> out = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            out.put(r, review(card, r, now, fuzzSeed, load));
        }
        return out;
    }

    /** Probability the learner recalls the card at {@code now}; 0 for a card never reviewed (as py-fsrs). */
    public double retrievability(CardState card, Instant now) {
        if (isNew(card)) {
            return 0;
        }
        return model.retrievability(days.between(card.lastReview(), now), card.stability());
    }

    /** The inputs one review shares between the branches below; elapsed is in whole learner days. */
    private record Review(CardState card, Instant now, int elapsed, long seed, DueLoad load) {
    }

    private record Memory(double stability, double difficulty) {
    }

    private CardState stepped(Review r, Rating rating, List<Duration> steps, Phase phase) {
        Memory m = memory(r, rating);
        int step = isNew(r.card()) ? 0 : r.card().step();
        if (steps.isEmpty() || step >= steps.size() && rating != Rating.AGAIN) {
            return toReview(r, m, 0);
        }
        return switch (rating) {
            case AGAIN -> inSteps(r, m, phase, 0, steps.get(0), 0);
            case HARD -> inSteps(r, m, phase, step, hardDelay(steps, step), 0);
            case GOOD -> step + 1 >= steps.size()
                    ? toReview(r, m, 0)
                    : inSteps(r, m, phase, step + 1, steps.get(step + 1), 0);
            case EASY -> toReview(r, m, 0);
        };
    }

    /** Our decision (fsrs.md section 0): at step 0 the mean of the first two steps, exactly; later, the step again. */
    private static Duration hardDelay(List<Duration> steps, int step) {
        if (step > 0) {
            return steps.get(step);
        }
        return steps.size() >= 2
                ? steps.get(0).plus(steps.get(1)).dividedBy(2)
                : steps.get(0).multipliedBy(3).dividedBy(2);
    }

    private CardState fromReview(Review r, Rating rating) {
        if (rating == Rating.AGAIN) {
            Memory m = memory(r, rating);
            List<Duration> relearning = settings.relearningSteps();
            return relearning.isEmpty()
                    ? toReview(r, m, 1)
                    : inSteps(r, m, Phase.RELEARNING, 0, relearning.get(0), 1);
        }
        // Intervals of all three passing ratings are needed to keep them ordered hard <= good < easy (ts-fsrs);
        // only at the maximum interval, which caps all three, may they tie.
        int[] unfuzzed = {interval(memory(r, Rating.HARD).stability()), interval(memory(r, Rating.GOOD).stability()),
                interval(memory(r, Rating.EASY).stability())};
        picker.expect(unfuzzed, r.elapsed(), r.now(), r.load()); // the three ranges' load in one read, when close
        int hard = picker.pick(unfuzzed[0], r.elapsed(), r.now(), r.seed(), r.load());
        int good = picker.pick(unfuzzed[1], r.elapsed(), r.now(), r.seed(), r.load());
        int easy = picker.pick(unfuzzed[2], r.elapsed(), r.now(), r.seed(), r.load());
        hard = Math.min(hard, good);
        good = Math.max(good, hard + 1);
        easy = Math.max(easy, good + 1);
        int chosen = rating == Rating.HARD ? hard : rating == Rating.GOOD ? good : easy;
        return reviewState(r, memory(r, rating), Math.min(chosen, settings.maximumInterval()), 0);
    }

    /** ts-fsrs LongTermScheduler: no steps, every rating to Review, intervals again < hard < good < easy. */
    private CardState longTerm(Review r, Rating rating) {
        int[] ivl = new int[4];
        for (Rating g : Rating.values()) {
            ivl[g.ordinal()] = fuzzed(r, memory(r, g).stability());
        }
        ivl[0] = Math.min(ivl[0], ivl[1]);
        for (int i = 1; i < 4; i++) {
            ivl[i] = Math.max(ivl[i], ivl[i - 1] + 1);
        }
        int lapse = rating == Rating.AGAIN && r.card().phase() == Phase.REVIEW ? 1 : 0;
        int chosen = Math.min(ivl[rating.ordinal()], settings.maximumInterval());
        return reviewState(r, memory(r, rating), chosen, lapse);
    }

    private Memory memory(Review r, Rating rating) {
        int g = rating.value();
        CardState c = r.card();
        if (isNew(c)) {
            return new Memory(model.initialStability(g), model.initialDifficulty(g));
        }
        double s = model.nextStability(c.stability(), c.difficulty(), r.elapsed(), g);
        return new Memory(s, model.nextDifficulty(c.difficulty(), g));
    }

    private int fuzzed(Review r, double stability) {
        return picker.pick(interval(stability), r.elapsed(), r.now(), r.seed(), r.load());
    }

    /** The interval before fuzz. */
    private int interval(double stability) {
        return model.intervalDays(stability, settings.desiredRetention(), settings.maximumInterval());
    }

    private CardState toReview(Review r, Memory m, int lapse) {
        return reviewState(r, m, fuzzed(r, m.stability()), lapse);
    }

    private CardState reviewState(Review r, Memory m, int interval, int lapse) {
        CardState c = r.card();
        return new CardState(Phase.REVIEW, 0, m.stability(), m.difficulty(), days.plusDays(r.now(), interval),
                r.now(), interval, c.reps() + 1, c.lapses() + lapse);
    }

    private static CardState inSteps(Review r, Memory m, Phase phase, int step, Duration delay, int lapse) {
        CardState c = r.card();
        return new CardState(phase, step, m.stability(), m.difficulty(), r.now().plus(delay), r.now(),
                (int) delay.toDays(), c.reps() + 1, c.lapses() + lapse);
    }

    private static boolean isNew(CardState card) {
        return card.phase() == Phase.NEW || card.lastReview() == null;
    }
}
