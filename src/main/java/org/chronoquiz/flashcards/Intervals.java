package org.chronoquiz.flashcards;

import java.time.Duration;
import java.util.Locale;

/** Short labels for how long until a card comes back, as on the grade buttons: "1m", "10m", "2d", "1.5mo", "2.1y". */
public final class Intervals {
    private Intervals() {
    }

    public static String label(Duration d) {
        long minutes = Math.max(1, Math.round(d.toSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return Math.round(minutes / 60.0) + "h";
        }
        double days = minutes / (24.0 * 60);
        if (days < 30) {
            return Math.round(days) + "d";
        }
        if (days < 365) {
            return String.format(Locale.ROOT, "%.1fmo", days / 30.0).replace(".0mo", "mo");
        }
        return String.format(Locale.ROOT, "%.1fy", days / 365.0).replace(".0y", "y");
    }
}
