package org.chronoquiz.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsAndWeightsTest {
    private static final double[] W = SchedulerSettings.DEFAULT_WEIGHTS;

    @Test
    void twenty_one_weights_are_kept_as_given() {
        assertArrayEquals(W, Weights.toFsrs6(W));
        assertArrayEquals(W, SchedulerSettings.defaults().weights());
    }

    @Test
    void fsrs5_weights_get_no_same_day_exponent_and_the_fsrs5_decay() {
        double[] w19 = Arrays.copyOf(W, 19);
        double[] w = Weights.toFsrs6(w19);
        assertEquals(21, w.length);
        assertArrayEquals(w19, Arrays.copyOf(w, 19));
        assertEquals(0.0, w[19]);
        assertEquals(0.5, w[20]);
    }

    @Test
    void settings_keep_an_fsrs5_set_free_of_the_same_day_exponent() {
        double[] w = SchedulerSettings.defaults().withWeights(Arrays.copyOf(W, 19)).weights();
        assertEquals(0.0, w[19]);
        assertEquals(0.5, w[20]);
    }

    @Test
    void fsrs45_weights_are_converted_as_fsrs_rs_does() {
        double[] w17 = {0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61};
        double[] w = Weights.toFsrs6(w17);
        assertEquals(21, w.length);
        assertEquals(4.93 + 2 * 0.94, w[4], 1e-12);
        assertEquals(Math.log(1 + 3 * 0.94) / 3, w[5], 1e-12);
        assertEquals(0.86 + 0.5, w[6], 1e-12);
        assertEquals(1.49, w[8]);
        assertArrayEquals(new double[]{0, 0, 0, 0.5}, Arrays.copyOfRange(w, 17, 21));
    }

    @Test
    void other_lengths_and_non_finite_values_are_rejected_with_the_reason() {
        var e = assertThrows(IllegalArgumentException.class, () -> Weights.toFsrs6(new double[20]));
        assertTrue(e.getMessage().contains("not 20"), e.getMessage());
        double[] bad = W.clone();
        bad[3] = Double.POSITIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class, () -> Weights.toFsrs6(bad));
        assertTrue(e.getMessage().startsWith("weights[3] must be a finite number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SchedulerSettings.defaults().withWeights(null));
        assertTrue(e.getMessage().contains("weights must be given"));
    }

    @Test
    void settings_clamp_weights_into_the_reference_bounds() {
        double[] wild = W.clone();
        wild[0] = -5;
        wild[20] = 3;
        double[] w = SchedulerSettings.defaults().withWeights(wild).weights();
        assertEquals(0.001, w[0]);
        assertEquals(0.8, w[20]);
    }

    @Test
    void several_relearning_steps_lower_the_ceiling_of_the_same_day_weights() {
        double[] w = W.clone();
        w[17] = 2;
        w[18] = 2;
        double[] clamped = Weights.clamp(w, 3, true);
        assertTrue(clamped[17] < 2 && clamped[18] < 2);
        assertEquals(2, Weights.clamp(w, 1, true)[17]);
    }

    @Test
    void settings_reject_bad_values_naming_them() {
        var d = SchedulerSettings.defaults();
        for (double r : new double[]{0, 1, -0.1, 1.5, Double.NaN}) {
            var e = assertThrows(IllegalArgumentException.class, () -> d.withDesiredRetention(r));
            assertTrue(e.getMessage().startsWith("desired retention"));
        }
        var e = assertThrows(IllegalArgumentException.class,
                () -> d.withSteps(List.of(Duration.ofMinutes(-1)), List.of()));
        assertTrue(e.getMessage().startsWith("learning steps"));
        e = assertThrows(IllegalArgumentException.class, () -> d.withMaximumInterval(0));
        assertTrue(e.getMessage().startsWith("maximum interval"));
        e = assertThrows(IllegalArgumentException.class, () -> d.withDay(ZoneId.of("UTC"), 24));
        assertTrue(e.getMessage().startsWith("rollover hour"));
    }

    @Test
    void settings_are_values_and_do_not_leak_their_weights() {
        var a = SchedulerSettings.defaults();
        a.weights()[0] = 99;
        assertEquals(0.212, a.weights()[0]);
        assertEquals(a, SchedulerSettings.defaults());
        assertEquals(a.hashCode(), SchedulerSettings.defaults().hashCode());
    }
}
