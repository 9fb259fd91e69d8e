package org.chronoquiz.flashcards;

import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.Phase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The card states a review stores are written by hand: they must be Jackson's text, character for character. */
class CardStatesTest {
    private final CardStates states = new CardStates();

    @Test
    void a_state_is_written_as_jackson_writes_it_and_reads_back() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Phase phase = Phase.values()[random.nextInt(Phase.values().length)];
            double stability = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextDouble() * 100;
                case 2 -> Math.pow(10, random.nextInt(20) - 10) * random.nextDouble();
                default -> random.nextInt(36_500);
            };
            double difficulty = i % 5 == 0 ? 0 : 1 + random.nextDouble() * 9;
            Instant due = Instant.ofEpochMilli(random.nextLong() % 4_000_000_000_000L + (i % 3 == 0 ? 0 : 17));
            Instant last = i % 7 == 0 ? null : Instant.ofEpochSecond(random.nextInt(2_000_000_000), i % 2 * random.nextInt(1_000_000_000));
            CardState state = new CardState(phase, random.nextInt(4), stability, difficulty, due, last,
                    random.nextInt(40_000), random.nextInt(1000), random.nextInt(100));
            String written = states.write(state);
            assertEquals(states.writeWithJackson(state), written);
            assertEquals(state, states.read(written));
        }
    }

    @Test
    void what_jackson_spells_its_own_way_is_left_to_it() {
        CardState odd = new CardState(Phase.REVIEW, 0, Double.NaN, Double.POSITIVE_INFINITY, Instant.EPOCH, null, 0, 0, 0);
        assertEquals(states.writeWithJackson(odd), states.write(odd));
    }
}
