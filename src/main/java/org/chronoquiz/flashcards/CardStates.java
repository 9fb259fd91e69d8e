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

    static void save(CardDao cards, long cardId, CardState s) {
        cards.update(cardId, s.phase().name(), s.step(), s.stability(), s.difficulty(), s.due().toEpochMilli(),
                s.lastReview() == null ? null : s.lastReview().toEpochMilli(), s.scheduledDays(), s.reps(), s.lapses());
    }
}
