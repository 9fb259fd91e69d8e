package org.chronoquiz.results;

import org.chronoquiz.results.ItemStatistics.Attempt;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures worked out by hand (on paper, shown in the comments) for small fixed sets of attempts. */
class ItemStatisticsTest {
    private static final double EPS = 1e-3;

    @Test
    void four_attempts_with_partial_credit() {
        // x = 1, .5, 0, 1 (mean .625); rest of test X = .5, 1, 0, .5 (mean .5)
        // deviations x: .375 -.125 -.625 .375, squares sum .6875, V(x) = .6875/3
        // deviations X: 0 .5 -.5 0, squares sum .5, V(X) = .5/3
        // products: 0 -.0625 .3125 0, sum .25, C = .25/3
        // D = 100 * .25 / sqrt(.6875 * .5) = 100 * .25 / .586302 = 42.640
        // sorted x 0 .5 1 1 against sorted X 0 .5 .5 1: (-.625)(-.5) + (-.125)(0) + (.375)(0) + (.375)(.5) = .5
        // DE = 100 * .25 / .5 = 50; F = 62.5; SD = 100 * sqrt(.6875/3) = 47.871
        var s = ItemStatistics.of(List.of(new Attempt(1, .5), new Attempt(.5, 1.0), new Attempt(0, 0.0), new Attempt(1, .5)));
        assertEquals(4, s.attempts());
        assertEquals(62.5, s.facility(), EPS);
        assertEquals(47.871, s.deviation(), EPS);
        assertEquals(42.640, s.discrimination(), EPS);
        assertEquals(50.0, s.efficiency(), EPS);
        assertFalse(s.flagged(), "moderately hard and discriminating: nothing to review");
    }

    @Test
    void an_item_that_strong_learners_get_and_weak_ones_miss_discriminates_fully() {
        // x = 1 1 0 0, X = .8 .6 .4 .6: C = (.5*.2 + .5*0 + -.5*-.2 + -.5*0)/3 = .2/3,
        // V(x) = 1/3, V(X) = .08/3, D = 100 * .2 / sqrt(.08) = 70.711; already in rank order, so DE = 100
        var s = ItemStatistics.of(List.of(new Attempt(1, .8), new Attempt(1, .6), new Attempt(0, .4), new Attempt(0, .6)));
        assertEquals(50.0, s.facility(), EPS);
        assertEquals(57.735, s.deviation(), EPS);
        assertEquals(70.711, s.discrimination(), EPS);
        assertEquals(100.0, s.efficiency(), EPS);
    }

    @Test
    void an_item_the_weak_get_right_and_the_strong_wrong_is_flagged() {
        // x = 0 0 1 1 against X = .8 .6 .4 .6 is the previous case reversed: D = -70.711, DE = -100
        var s = ItemStatistics.of(List.of(new Attempt(0, .8), new Attempt(0, .6), new Attempt(1, .4), new Attempt(1, .6)));
        assertEquals(-70.711, s.discrimination(), EPS);
        assertEquals(-100.0, s.efficiency(), EPS);
        assertTrue(s.flagged());
        assertTrue(s.flagReason().contains("check the key"));
    }

    @Test
    void everyone_right_has_no_discrimination_and_is_flagged_as_too_easy() {
        var s = ItemStatistics.of(List.of(new Attempt(1, .2), new Attempt(1, .9), new Attempt(1, .5)));
        assertEquals(100.0, s.facility(), EPS);
        assertEquals(0.0, s.deviation(), EPS);
        assertNull(s.discrimination(), "zero variance: Moodle shows no figure");
        assertNull(s.efficiency());
        assertTrue(s.flagged());
        assertEquals("almost everyone gets it right", s.flagReason());
    }

    @Test
    void one_attempt_gives_facility_only_and_no_flag() {
        var s = ItemStatistics.of(List.of(new Attempt(0, null)));
        assertEquals(0.0, s.facility(), EPS);
        assertNull(s.deviation());
        assertNull(s.discrimination());
        assertFalse(s.flagged(), "one learner's miss is not evidence against the question");
        assertEquals(0, ItemStatistics.of(List.of()).attempts());
    }

    @Test
    void an_attempt_without_a_rest_of_test_counts_for_facility_but_not_discrimination() {
        // the three paired attempts: x = 1 0 1, X = .9 .1 .5 -> positive; the fourth (x = 0) only lowers facility
        var s = ItemStatistics.of(List.of(new Attempt(1, .9), new Attempt(0, .1), new Attempt(1, .5), new Attempt(0, null)));
        assertEquals(4, s.attempts());
        assertEquals(50.0, s.facility(), EPS);
        // x mean 2/3, X mean .5: products (1/3)(.4) + (-2/3)(-.4) + (1/3)(0) = .4, C = .2;
        // V(x) = (1/9 + 4/9 + 1/9)/2 = 1/3, V(X) = (.16 + .16 + 0)/2 = .16: D = 100 * .2 / sqrt(.16/3) = 86.603
        assertEquals(86.603, s.discrimination(), EPS);
    }
}
