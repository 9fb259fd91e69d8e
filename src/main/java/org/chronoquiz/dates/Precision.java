package org.chronoquiz.dates;

/**
 * How precisely a date is known, finest first. Answers, distractors and hints are all phrased at a date's
 * own precision, so a year is never asked as a day.
 */
public enum Precision {
    DAY("date"),
    WEEK("week"),
    MONTH("month"),
    SEASON("season"),
    QUARTER("quarter"),
    HALF("half-year"),
    YEAR("year"),
    DECADE("decade"),
    CENTURY("century");

    private final String noun;

    Precision(String noun) {
        this.noun = noun;
    }

    /** The noun a wh-phrase uses: "in which year", "on which date". */
    public String noun() {
        return noun;
    }

    /** Whether this precision is at least as fine as {@code other} (a day is finer than a month). */
    public boolean atLeast(Precision other) {
        return ordinal() <= other.ordinal();
    }
}
