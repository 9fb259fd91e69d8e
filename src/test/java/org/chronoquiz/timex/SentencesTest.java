package org.chronoquiz.timex;


import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {
    private final Sentences splitter = new Sentences();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splits_at_sentence_ends_and_line_breaks() {
        assertEquals(List.of("Title", "One is here.", "Two?", "Three!"), texts("Title\nOne is here. Two? Three!"));
    }

    @Test
    void keeps_abbreviations_and_initials_inside_a_sentence() {
        assertEquals(List.of("A memorandum was signed in St. Petersburg by Mr. Smith and John F. Kennedy."),
                texts("A memorandum was signed in St. Petersburg by Mr. Smith and John F. Kennedy."));
    }

    @Test
    void a_lower_case_start_after_a_full_stop_still_starts_a_sentence() {
        assertEquals(List.of("Wheat went to the Syrian Arab Republic.", "moscow also assists Syria."),
                texts("Wheat went to the Syrian Arab Republic. moscow also assists Syria."));
    }

    @Test
    void a_wire_editors_sign_off_is_no_part_of_the_last_sentence() {
        assertEquals(List.of("Farkas was ordered home and retired.", "(ab/dc)"),
                texts("Farkas was ordered home and retired. (ab/dc)"));
        assertEquals(List.of("He was ordered home (and retired)."), texts("He was ordered home (and retired)."));
    }

    @Test
    void an_abbreviation_can_end_a_sentence() {
        assertEquals(List.of("It operates in the U.S.", "The company went public."),
                texts("It operates in the U.S. The company went public."));
    }

    @Test
    void offsets_point_into_the_text() {
        String text = "Intro line\n  Second sentence here. Third one.";
        for (Sentence s : splitter.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void a_caption_dateline_is_a_sentence_of_its_own() {
        assertEquals(List.of("Putin and Assad meet in Moscow.", "March 15, 2023"),
                texts("Putin and Assad meet in Moscow. March 15, 2023"));
    }

    @Test
    void a_wire_quotation_ends_its_sentence_where_it_closes() {
        // wire copy writes quotes as `` and '': the quoted sentence and the next are two questions' sources
        assertEquals(List.of("``We will continue to do everything we can.''",
                        "Thai military officials said privately Thursday that Britain had asked for help."),
                texts("``We will continue to do everything we can.'' Thai military officials said privately Thursday"
                        + " that Britain had asked for help."));
        assertEquals(List.of("Geremek has gone out of his way to reassure the Russians.",
                        "``We want our membership to serve as a catalyst,'' he said last year."),
                texts("Geremek has gone out of his way to reassure the Russians. ``We want our membership to serve"
                        + " as a catalyst,'' he said last year."));
    }

    @Test
    void a_quotation_followed_by_its_reporting_verb_is_one_sentence() {
        assertEquals(List.of("``The struggle must not stop!'' said a message read at the rally."),
                texts("``The struggle must not stop!'' said a message read at the rally."));
        assertEquals(List.of("\u201cWe are back.\u201d", "Adams said so on Sunday."),
                texts("\u201cWe are back.\u201d Adams said so on Sunday."));
    }
}
