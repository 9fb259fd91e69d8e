package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronoquiz.scheduling.Rating;
import org.chronoquiz.scheduling.SchedulerSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import static org.chronoquiz.cli.JsonFields.bool;
import static org.chronoquiz.cli.JsonFields.has;
import static org.chronoquiz.cli.JsonFields.integer;
import static org.chronoquiz.cli.JsonFields.kind;
import static org.chronoquiz.cli.JsonFields.number;
import static org.chronoquiz.cli.JsonFields.steps;

/**
 * Reads one card-history object of the fsrs JSON Lines format into a {@link HistoryInput}. Every rejection
 * is a {@link BadLine} naming the field, so a user can fix the line without guessing.
 */
final class HistoryParser {
    private final SchedulerSettings base;

    /** @param base the settings a line starts from before its own fields override them */
    HistoryParser(SchedulerSettings base) {
        this.base = base;
    }

    HistoryInput parse(JsonNode line) {
        if (!line.isObject()) {
            throw new BadLine("line: must be a JSON object, not " + kind(line));
        }
        JsonNode id = line.get("id");
        if (id == null || id.isNull()) {
            throw new BadLine("id: missing");
        }
        if (!id.isTextual() && !id.isIntegralNumber()) {
            throw new BadLine("id: must be a string or an integer, not " + kind(id));
        }
        SchedulerSettings settings = settings(line);
        JsonNode reviews = line.get("reviews");
        if (reviews == null || reviews.isNull()) {
            throw new BadLine("reviews: missing");
        }
        if (!reviews.isArray()) {
            throw new BadLine("reviews: must be an array, not " + kind(reviews));
        }
        List<HistoryInput.Entry> entries = new ArrayList<>(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            entries.add(entry(reviews.get(i), "reviews[" + i + "]"));
        }
        return new HistoryInput(id, settings, entries);
    }

    private SchedulerSettings settings(JsonNode line) {
        if (!hasAny(line, "weights", "desired_retention", "learning_steps", "relearning_steps", "short_term",
                "maximum_interval")) {
            return base; // the common case: no per-line settings, nothing to rebuild
        }
        double[] weights = has(line, "weights") ? weights(line.get("weights")) : base.weights();
        double retention = has(line, "desired_retention")
                ? number(line.get("desired_retention"), "desired_retention") : base.desiredRetention();
        List<Duration> learning = has(line, "learning_steps")
                ? steps(line.get("learning_steps"), "learning_steps") : base.learningSteps();
        List<Duration> relearning = has(line, "relearning_steps")
                ? steps(line.get("relearning_steps"), "relearning_steps") : base.relearningSteps();
        boolean shortTerm = has(line, "short_term") ? bool(line.get("short_term"), "short_term") : base.shortTerm();
        int maxIvl = has(line, "maximum_interval")
                ? integer(line.get("maximum_interval"), "maximum_interval") : base.maximumInterval();
        if (!(retention > 0 && retention < 1)) {
            throw new BadLine("desired_retention: must be strictly between 0 and 1, not " + retention);
        }
        if (maxIvl < 1 || maxIvl > SchedulerSettings.MAX_INTERVAL_CAP) {
            throw new BadLine("maximum_interval: must be 1.." + SchedulerSettings.MAX_INTERVAL_CAP + ", not " + maxIvl);
        }
        try {
            return new SchedulerSettings(weights, retention, learning, relearning, shortTerm, maxIvl, base.fuzz(),
                    base.zone(), base.rolloverHour());
        } catch (IllegalArgumentException e) {
            throw new BadLine("weights: " + e.getMessage());
        }
    }

    private static double[] weights(JsonNode node) {
        if (!node.isArray()) {
            throw new BadLine("weights: must be an array of 21, 19 or 17 numbers, not " + kind(node));
        }
        if (node.size() != 21 && node.size() != 19 && node.size() != 17) {
            throw new BadLine("weights: must have 21 (FSRS-6), 19 (FSRS-5) or 17 (FSRS-4.5) numbers, not " + node.size());
        }
        double[] w = new double[node.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = number(node.get(i), "weights[" + i + "]");
        }
        return w;
    }

    private static HistoryInput.Entry entry(JsonNode node, String field) {
        if (!node.isObject()) {
            throw new BadLine(field + ": must be an object with \"at\" and \"rating\", not " + kind(node));
        }
        JsonNode at = node.get("at");
        if (at == null || at.isNull()) {
            throw new BadLine(field + ".at: missing");
        }
        if (!at.isTextual()) {
            throw new BadLine(field + ".at: must be an ISO-8601 time or \"due\", not " + kind(at));
        }
        JsonNode rating = node.get("rating");
        if (rating == null || rating.isNull()) {
            throw new BadLine(field + ".rating: missing");
        }
        if (!rating.isIntegralNumber() || rating.asLong() < 1 || rating.asLong() > 4) {
            throw new BadLine(field + ".rating: must be an integer 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not "
                    + rating);
        }
        Instant when = "due".equals(at.asText()) ? null : instant(at.asText(), field + ".at");
        return new HistoryInput.Entry(when, Rating.of(rating.asInt()));
    }

    private static Instant instant(String text, String field) {
        try {
            return IsoInstants.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadLine(field + ": must be an ISO-8601 time with offset like 2022-11-29T12:30:00Z or \"due\", not \""
                    + text + "\"");
        }
    }

    private static boolean hasAny(JsonNode line, String... fields) {
        for (String f : fields) {
            if (has(line, f)) {
                return true;
            }
        }
        return false;
    }
}
