package org.chronoquiz.numbers;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumericAnswerTest {

    @Test
    void a_tolerance_includes_both_ends_and_nothing_beyond() {
        NumericAnswer a = NumericAnswer.readSpec("2013:1", 100).orElseThrow();
        assertTrue(a.accepts(new BigDecimal("2012")) && a.accepts(new BigDecimal("2014")) && a.accepts(new BigDecimal("2013.5")));
        assertFalse(a.accepts(new BigDecimal("2014.01")) || a.accepts(new BigDecimal("2011.99")));
    }

    @Test
    void specs_read_in_every_spelling_and_write_in_one() {
        for (String s : List.of("2013:1", "2013 ± 1", "2013+-1", "2013 : 1.0", "2013.0:1")) {
            assertEquals("2013:1", NumericAnswer.readSpec(s, 100).orElseThrow().spec(), s);
        }
        assertEquals("2013:0", NumericAnswer.readSpec("2013", 100).orElseThrow().spec());
        assertEquals(Optional.empty(), NumericAnswer.readSpec("2013:-1", 100), "a negative tolerance");
        assertEquals(Optional.empty(), NumericAnswer.readSpec("x:1", 100));
        NumericAnswer half = NumericAnswer.readLine("50% 2013:2").orElseThrow();
        assertEquals(List.of(50, "50% 2013:2", "2013 ± 2"), List.of(half.percent(), half.line(), half.wording()));
        assertEquals(Optional.empty(), NumericAnswer.readLine("150% 2013:2"));
        assertEquals(Optional.empty(), NumericAnswer.readLine("2013:2"), "a partial credit names its percent");
    }

    @Test
    void a_range_is_its_middle_give_or_take_half_its_width_as_moodle_reads_it() {
        assertEquals("2012.5:2.5", NumericAnswer.range(new BigDecimal("2015"), new BigDecimal("2010"), 100).spec());
    }

    @Test
    void a_question_lists_its_full_credit_answer_first_then_its_alternatives() {
        List<NumericAnswer> all = NumericAnswer.of("2013", "2013:1", List.of("50% 2013:3"));
        assertEquals(List.of("100% 2013:1", "50% 2013:3"), all.stream().map(NumericAnswer::line).toList());
        assertEquals("2013:0", NumericAnswer.of("2013", null, List.of()).get(0).spec(), "no value: the answer, exactly");
    }
}
