package org.chronoquiz.generation;

/**
 * How precisely a dated fact is known. Answers, distractors and the "Give the ..." hint of a typed
 * question are all phrased at the fact's own granularity, so a year is never asked as a day.
 */
enum Granularity {
    YEAR("year", "Give the year.", "Give the first and last year."),
    HALF("half-year", "Give the half of the year and the year.", "Give the first and last half-year."),
    QUARTER("quarter", "Give the quarter and the year.", "Give the first and last quarter."),
    SEASON("season", "Give the season and the year.", "Give the first and last season."),
    MONTH("month", "Give the month and year.", "Give the first and last month, with the year."),
    DAY("date", "Give the day, month and year.", "Give the first and last day, with the month and year.");

    private final String noun;
    private final String hint;
    private final String rangeHint;

    Granularity(String noun, String hint, String rangeHint) {
        this.noun = noun;
        this.hint = hint;
        this.rangeHint = rangeHint;
    }

    /** The noun a wh-phrase uses: "in which year", "on which date". */
    String noun() {
        return noun;
    }

    String hint(boolean range) {
        return range ? rangeHint : hint;
    }
}
