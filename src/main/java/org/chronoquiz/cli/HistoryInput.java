package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronoquiz.scheduling.Rating;
import org.chronoquiz.scheduling.SchedulerSettings;

import java.time.Instant;
import java.util.List;

/**
 * One parsed card-history line of the fsrs commands.
 *
 * @param id the id exactly as given (string or number), echoed back
 */
record HistoryInput(JsonNode id, SchedulerSettings settings, List<Entry> reviews) {

    /** @param at the review time, or null for "due": exactly when the previous review made the card due */
    record Entry(Instant at, Rating rating) {
    }
}
