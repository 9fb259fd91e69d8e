package org.chronoquiz.generation;

import java.util.Optional;

/**
 * A dated fact with everything its questions are built from.
 *
 * @param clause the clause the fact is asked from; null for an event named by its day ("Wednesday's ruling")
 * @param lead  how prompts open: "According to the article, " for a state-owned outlet, a cited source, or ""
 * @param when  the "When ...?" question without lead or list preamble
 * @param event the fact as a past event without its date, when it is one ("Putin visited Damascus.")
 * @param dating how the date was worked out when the text does not write its year, else null
 * @param asWritten the clause is the whole sentence as written, since no clean clause could be cut from it:
 *                  only a blank is asked, in the sentence itself
 * @param written where the article writes the date the fact only points at (a wire dateline over the lead
 *                sentence, see {@link Datelines}), else null
 */
record PreparedFact(DateFact fact, Clause clause, String lead, String when, Optional<String> event, String dating,
                    boolean asWritten, SourceSpan written) {

    PreparedFact(DateFact fact, Clause clause, String lead, String when, Optional<String> event, String dating,
                 boolean asWritten) {
        this(fact, clause, lead, when, event, dating, asWritten, null);
    }

    PreparedFact withWritten(SourceSpan span) {
        return new PreparedFact(fact, clause, lead, when, event, dating, asWritten, span);
    }

    /** What a typed question cites: where the date is written out, when the fact's own words only point at it. */
    SourceSpan askedFrom() {
        return written != null ? written : source();
    }

    SourceSpan source() {
        return new SourceSpan(fact.sentence().text(), fact.start(), fact.end(), dating);
    }
}
