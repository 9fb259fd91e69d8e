package org.chronoquiz.generation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClauseBoundariesTest {
    private final ClauseBoundaries boundaries = new ClauseBoundaries(new VerbForms());

    private String clause(String sentence, String date) {
        int p0 = sentence.indexOf(date);
        ClauseBoundaries.Segment s = boundaries.locate(sentence, p0, p0 + date.length());
        String head = s.relative() ? sentence.substring(s.headStart(), s.headEnd()) + " | " : "";
        return head + sentence.substring(s.left(), s.right());
    }

    @Test
    void a_while_clause_and_a_trailing_said_are_cut() {
        assertEquals("Talks took place on Wednesday",
                clause("Talks took place on Wednesday, while the presidents met later, a spokesman confirmed.", "on Wednesday"));
    }

    @Test
    void a_relative_clause_comes_with_its_head() {
        assertEquals("The crisis | began in March 2011",
                clause("The crisis, which began in March 2011, has turned into a war.", "in March 2011"));
    }

    @Test
    void a_list_after_a_dash_stays_with_what_it_elaborates() {
        assertEquals("Assad has visited Russia \u2013 in 2015, 2017",
                clause("Assad has visited Russia \u2013 in 2015, 2017, also calling Putin.", "in 2015, 2017"));
    }

    @Test
    void a_clause_opening_with_their_stays_with_the_one_before() {
        String sentence = "Wheat was the main export - its share in 2022 was 77%.";
        int p0 = sentence.indexOf("in 2022");
        ClauseBoundaries.Segment s = boundaries.locate(sentence, p0, p0 + 7);
        assertTrue(s.joined());
        assertEquals(0, s.left());
    }

    @Test
    void knows_quoted_speech() {
        String sentence = "\"We met in 2019,\" he said in 2020.";
        assertTrue(boundaries.insideQuotes(sentence, sentence.indexOf("2019")));
        assertFalse(boundaries.insideQuotes(sentence, sentence.indexOf("2020")));
        String ticks = "``We met in 2019,'' he said in 2020.";
        assertTrue(boundaries.insideQuotes(ticks, ticks.indexOf("2019")));
        assertFalse(boundaries.insideQuotes(ticks, ticks.indexOf("2020")));
    }
}
