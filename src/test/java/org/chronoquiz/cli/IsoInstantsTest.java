package org.chronoquiz.cli;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoInstantsTest {
    @Test
    void hand_written_form_matches_java_time_both_ways() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    i % 4 == 0 ? random.nextInt(1_000_000_000) : 0);
            assertEquals(t.toString(), IsoInstants.format(t));
            assertEquals(t, IsoInstants.parse(t.toString()));
        }
    }

    @Test
    void offsets_and_fractions_go_through_java_time_and_nonsense_is_rejected() {
        assertEquals(Instant.parse("2022-11-29T11:30:00Z"), IsoInstants.parse("2022-11-29T12:30:00+01:00"));
        assertEquals(Instant.parse("2022-11-29T12:30:00.5Z"), IsoInstants.parse("2022-11-29T12:30:00.5Z"));
        for (String bad : new String[]{"2022-02-30T12:30:00Z", "2022-11-29T25:30:00Z", "2022-11-29 12:30:00Z",
                "2022-11-29T12:30:00", "yesterday", "2022-1x-29T12:30:00Z"}) {
            assertThrows(DateTimeParseException.class, () -> IsoInstants.parse(bad), bad);
        }
    }
}
