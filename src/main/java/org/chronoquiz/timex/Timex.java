package org.chronoquiz.timex;

import org.chronoquiz.dates.DateValue;

import java.util.Optional;

/**
 * One temporal expression found in a text.
 *
 * @param start offset of the first character (Java String index)
 * @param end   offset just past the last character
 * @param value TimeML TIMEX3 value, e.g. {@code 1944-07}, {@code 2023-H1}, {@code P3Y}, {@code PAST_REF}
 * @param mod   TIMEX3 mod (EARLY, LATE, APPROX, ...) or null
 * @param tense the tense of the clause the extractor read it in (a plan is FUTURE)
 */
public record Timex(int start, int end, String text, TimexType type, String value, String mod, Tense tense) {

    public Timex(int start, int end, String text, TimexType type, String value, String mod) {
        this(start, end, text, type, value, mod, Tense.UNKNOWN);
    }

    /** The calendar date this expression names, in the one date model, when it names one. */
    public Optional<DateValue> date() {
        return type == TimexType.DATE || type == TimexType.TIME ? DateValue.parse(value, mod) : Optional.empty();
    }
}
