package org.chronoquiz.settings;

import org.chronoquiz.support.InvalidInput;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The settings form, validated: a value out of range names its field and nothing is written. */
public record SettingsInput(double desiredRetention, int newCardsPerDay, ZoneId zone) {
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;
    public static final int MAX_NEW_CARDS = 9999;

    public static SettingsInput parse(String retention, String newCards, String zone) {
        return new SettingsInput(retention(retention), newCards(newCards), zone(zone));
    }

    public static double retention(String raw) {
        String field = "desired_retention";
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput(field, "Enter a desired retention between 0.70 and 0.99.");
        }
        double r;
        try {
            r = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "Desired retention must be a number such as 0.90, not '" + raw + "'.");
        }
        // Anki's range: below 0.70 forgetting dominates, above 0.99 the workload explodes.
        if (!(r >= MIN_RETENTION && r <= MAX_RETENTION)) {
            throw new InvalidInput(field, "Desired retention must be between 0.70 and 0.99.");
        }
        return r;
    }

    static int newCards(String raw) {
        String field = "new_cards_per_day";
        try {
            int n = Integer.parseInt(raw == null ? "" : raw.trim());
            if (n >= 0 && n <= MAX_NEW_CARDS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message below
        }
        throw new InvalidInput(field, "New cards per day must be a whole number from 0 to " + MAX_NEW_CARDS + ".");
    }

    static ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw == null ? "" : raw.trim());
        } catch (DateTimeException e) {
            throw new InvalidInput("time_zone", "Unknown time zone; use a name such as Europe/Berlin or UTC.");
        }
    }
}
