package org.chronoquiz.timex;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the extractor hands on: the sentences it read and, on each expression, the tense of its clause. */
class ReadingTest {
    private final TimexExtractor extractor = new TimexExtractor();

    @Test
    void the_reading_holds_the_sentences_the_expressions_were_read_in() {
        String text = "MOSCOW (AP)_ Talks ended on Monday. The parties agreed to hold the next meeting in the first half of 2023.";
        Reading r = extractor.read(text, LocalDate.of(2023, 3, 15));
        assertEquals(2, r.sentences().size());
        assertEquals("Talks ended on Monday.", r.sentences().get(0).text(), "the dateline is not part of the sentence");
        for (Timex t : r.timexes()) {
            assertEquals(1, r.sentences().stream().filter(s -> s.contains(t.start())).count(), t.text());
        }
    }

    @Test
    void an_agreed_plan_is_read_in_the_future_however_far_its_date() {
        String text = "The parties agreed to hold the 20th international meeting on Syria in Astana in the first half of 2023.";
        Timex half = extractor.read(text, LocalDate.of(2023, 3, 15)).timexes().get(0);
        assertEquals("2023-H1", half.value());
        assertEquals(Tense.FUTURE, half.tense());
        Timex past = extractor.read("Talks ended on Monday.", LocalDate.of(2023, 3, 15)).timexes().get(0);
        assertEquals(Tense.PAST, past.tense());
    }
}
