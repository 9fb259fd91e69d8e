package org.chronoquiz.generation;

import org.chronoquiz.dates.Precision;
import org.chronoquiz.timex.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A wire story's dateline that writes its day ("JOHANNESBURG, August 7 (Xinhua) --"). The lead sentence under it
 * reports the story's headline event, often by weekday only ("South Africa deplored Friday the bomb blasts"): when
 * that weekday is the dateline's day, the article writes the date after all, in the dateline, so the typed question
 * on the headline event (the learner writes the date out) points there rather than saying the date was worked out
 * from the publication date. The blank and the multiple choice keep the lead's own words.
 */
final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]+,[^()]*\\d[^()]*\\((?:AP|Xinhua|Reuters|AFP|UPI)\\)\\s*(?:_|--|\u2014)$");

    private Datelines() {
    }

    /** Where the dateline writes the date of {@code fact}, when the fact is the lead's and only points at it. */
    static Optional<SourceSpan> writtenDate(DateFact fact, List<Sentence> sentences, List<DateFact> facts) {
        int lead = sentences.indexOf(fact.sentence());
        if (lead != 1 || fact.writesItsYear() || fact.text().matches(".*\\d.*")
                || !DATELINE.matcher(sentences.get(0).text()).matches()) {
            return Optional.empty();
        }
        List<DateFact> inDateline = facts.stream().filter(f -> f.sentence().equals(sentences.get(0))).toList();
        if (inDateline.size() != 1 || inDateline.get(0).date().precision() != Precision.DAY
                || !inDateline.get(0).date().equals(fact.date())) {
            return Optional.empty();
        }
        DateFact dateline = inDateline.get(0);
        String note = "The article says \u201c" + fact.text() + "\u201d; its dateline gives the day, \u201c"
                + dateline.text() + "\u201d" + (dateline.writesItsYear() ? "."
                : ", and the year is the article's own, " + dateline.date().year() + ".");
        return Optional.of(new SourceSpan(fact.sentence().text(), dateline.start(), dateline.end(), note));
    }
}
