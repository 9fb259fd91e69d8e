package org.chronoquiz.scheduling;

/** A learner's grade of one recall: Again=1, Hard=2, Good=3, Easy=4. */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    public int value() {
        return ordinal() + 1;
    }

    /** The rating for 1..4; anything else is an error that names the allowed range. */
    public static Rating of(int value) {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not " + value);
        }
        return values()[value - 1];
    }
}
