package org.chronoquiz.flashcards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.support.Json;

/** Card states as the reviews table keeps them (before_state, after_state JSON) and as the cards table does. */
final class CardStates {
    private final ObjectMapper json = Json.mapper();

    String write(CardState state) {
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
