package org.chronoquiz.flashcards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.support.Json;

/** Card states as the reviews table keeps them (before_state, after_state JSON) and as the cards table does. */
final class CardStates {
    private final ObjectMapper json = Json.mapper();

    /**
     * The state as Jackson writes it (snake_case, ISO-8601 times), put together directly: every review stores two, on
     * the request's thread, and Jackson's bean serializer cost more than the text. What Jackson would spell otherwise
     * (a non-finite number, which it quotes; a missing due time) is left to Jackson.
     */
    String write(CardState state) {
        if (state.due() == null || state.phase() == null || !Double.isFinite(state.stability())
                || !Double.isFinite(state.difficulty())) {
            return Json.write(json, state);
        }
        StringBuilder out = new StringBuilder(224);
        out.append("{\"phase\":\"").append(state.phase().name())
                .append("\",\"step\":").append(state.step())
                .append(",\"stability\":").append(state.stability())
                .append(",\"difficulty\":").append(state.difficulty())
                .append(",\"due\":\"").append(state.due())
                .append(state.lastReview() == null ? "\",\"last_review\":null" : "\",\"last_review\":\"")
                .append(state.lastReview() == null ? "" : state.lastReview() + "\"")
                .append(",\"scheduled_days\":").append(state.scheduledDays())
                .append(",\"reps\":").append(state.reps())
                .append(",\"lapses\":").append(state.lapses())
                .append('}');
        return out.toString();
    }

    /** As Jackson writes it: what {@link #write} must equal. */
    String writeWithJackson(CardState state) {
        return Json.write(json, state);
    }

    CardState read(String stored) {
        try {
            return json.readValue(stored, CardState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored card state is not readable: " + stored, e);
        }
    }
}
