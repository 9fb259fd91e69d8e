package org.chronoquiz.generation;

import org.chronoquiz.timex.Timex;
import org.chronoquiz.timex.TimexType;

import java.util.ArrayList;
import java.util.List;

/** Builds hand-made timex lists for a text by naming each expression (and which occurrence of it). */
final class Timexes {
    private final String text;
    private final List<Timex> timexes = new ArrayList<>();

    Timexes(String text) {
        this.text = text;
    }

    Timexes date(String expression, String value) {
        return add(expression, 1, TimexType.DATE, value, null);
    }

    Timexes date(String expression, int occurrence, String value) {
        return add(expression, occurrence, TimexType.DATE, value, null);
    }

    Timexes add(String expression, int occurrence, TimexType type, String value, String mod) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(expression, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("not in text: " + expression + " #" + occurrence);
            }
        }
        timexes.add(new Timex(at, at + expression.length(), expression, type, value, mod));
        return this;
    }

    List<Timex> list() {
        return List.copyOf(timexes);
    }
}
