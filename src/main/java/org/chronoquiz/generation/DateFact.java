package org.chronoquiz.generation;

import org.chronoquiz.dates.DateValue;

import java.util.List;

/**
 * A dated fact worth asking about: one date (or range) in one sentence.
 *
 * @param start       offset of the date expression in the article (what {@link SourceSpan} points at)
 * @param text        the date expression as written
 * @param value       its TIMEX3 value (the start of a range)
 * @param phraseStart offset where the whole date phrase begins, preposition and any list included
 * @param phraseEnd   offset just past the whole date phrase
 * @param preposition the word introducing the phrase ("in", "on", "since", ...), lower case, or ""
 * @param listMates   the other dates when the fact is one item of a list ("in 2016, 2017, 2019-2020")
 */
record DateFact(int start, int end, String text, String value, DateValue date, Sentence sentence,
                int phraseStart, int phraseEnd, String preposition, List<DateValue> listMates) {

    boolean inList() {
        return !listMates.isEmpty();
    }
}
