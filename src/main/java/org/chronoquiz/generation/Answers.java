package org.chronoquiz.generation;

import org.chronoquiz.dates.DateWording;

import java.util.Locale;
import java.util.regex.Pattern;

/** The rule every date question obeys: its prompt gives away neither the answer nor the answer's year. */
final class Answers {
    private Answers() {
    }

    static boolean givenAway(String prompt, DateFact fact) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        if (lower.contains(fact.text().toLowerCase(Locale.ROOT)) || lower.contains(DateWording.format(fact.date()).toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean yearGiven = containsWord(prompt, String.valueOf(fact.date().year()));
        if (fact.date().isRange()) {
            yearGiven |= containsWord(prompt, String.valueOf(fact.date().end().year()));
        }
        return yearGiven;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\d,.$])" + Pattern.quote(word) + "(?!\\d)").matcher(text).find();
    }
}
