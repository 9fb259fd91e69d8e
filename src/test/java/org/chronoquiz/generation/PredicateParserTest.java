package org.chronoquiz.generation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredicateParserTest {
    private final PredicateParser parser = new PredicateParser(new VerbForms());

    private PredicateParser.Parse parse(String clause) {
        return parser.parse(clause).orElseThrow(() -> new AssertionError("no parse: " + clause));
    }

    @Test
    void finds_subject_and_auxiliary() {
        var p = parse("Diplomatic relations between the USSR and Syria were established");
        assertEquals("Diplomatic relations between the USSR and Syria", p.subject());
        assertEquals("were", p.verb());
        assertEquals("established", p.rest());
    }

    @Test
    void an_appositive_keeps_its_commas_and_is_not_the_verb() {
        var p = parse("Metropolitan Anthony of Volokolamsk, chairman of the Department, visited Syria");
        assertEquals("Metropolitan Anthony of Volokolamsk, chairman of the Department,", p.subject());
        assertEquals("visited", p.verb());
    }

    @Test
    void a_leading_prepositional_phrase_is_set_apart_from_the_subject() {
        var p = parse("during the visit of Mikhail Piotrovsky, general director of the Hermitage, to Damascus,"
                + " a cooperation agreement was signed with the Directorate");
        assertEquals("during the visit of Mikhail Piotrovsky, general director of the Hermitage, to Damascus", p.intro());
        assertEquals("a cooperation agreement", p.subject());
        assertEquals("was", p.verb());
    }

    @Test
    void words_that_only_look_like_verbs_are_passed_over() {
        assertEquals("were", parse("the wounded were evacuated").verb()); // not "wounded" after a determiner
        assertEquals("have", parse("the terrorists entrenched in the country have threatened Syria").verb());
        assertEquals("reported", parse("As expected, Kellogg reported lower earnings").verb());
        assertEquals("Kellogg", parse("As expected, Kellogg reported lower earnings").subject());
    }

    @Test
    void a_verb_inside_a_relative_clause_or_after_a_conjunction_is_no_main_verb() {
        assertTrue(parser.parse("White heads a team that is investigating the bombings").isEmpty());
        assertTrue(parser.parse("While this indicates demand, Sun is vulnerable").isEmpty());
    }
}
