package org.chronoquiz.timex;

import java.util.Set;

/**
 * References to "some time" that TimeBank still tags: "now" and "at present" (PRESENT_REF),
 * "recently", "recent years", "the past" (PAST_REF), "the future", "soon" (FUTURE_REF).
 * Words such as "former" or "indefinitely" are not tagged there, so not here either.
 */
final class VaguePatterns implements TimexPattern {

    private static final Set<String> RECENT_NOUNS = Set.of("years", "months", "weeks", "days", "decades", "times");
    private static final Set<String> NEAR = Set.of("near", "distant", "foreseeable", "immediate", "recent");
    /** Words that can follow "the future"/"the past" when it is a noun phrase of its own. */
    private static final Set<String> CLAUSE_WORDS = Set.of("is", "was", "will", "would", "could", "as", "but",
        "when", "that", "if", "because", "to", "the", "we", "it", "they", "he", "she", "i", "in", "at", "for",
        "with", "are", "were", "has", "have", "and", "or", "of", "on", "than", "this", "there", "a", "an");
    private static final Set<String> NOT_AFTER_CURRENT = Set.of("account", "accounts", "affairs", "events",
        "president", "law", "laws", "of", "rules", "policy", "system", "level", "levels", "situation", "members",
        "chairman", "market", "owners", "practice", "holders", "management", "board");

    @Override
    public Match at(DocumentScan s, int i) {
        String w = s.lower(i);
        switch (w) {
            case "now", "currently", "nowadays", "presently":
                return Match.date(i, i + 1, "PRESENT_REF");
            case "current":
                return NOT_AFTER_CURRENT.contains(s.lower(i + 1)) ? null : Match.date(i, i + 1, "PRESENT_REF");
            case "present":
                return s.lower(i - 1).equals("at") || s.lower(i - 1).equals("the") && s.lower(i - 2).equals("until")
                    ? Match.date(i, i + 1, "PRESENT_REF") : null;
            case "recently", "lately":
                return Match.date(i, i + 1, "PAST_REF");
            case "recent":
                // a bare "recent" (the recent earthquake) is mostly left untagged in TimeBank
                return recentPeriod(s, i);
            case "future":
                return futureOrPast(s, i, "FUTURE_REF");
            case "past":
                return s.lower(i - 1).equals("the") ? futureOrPast(s, i, "PAST_REF") : null;
            case "soon":
                return soon(s, i);
            case "term":
                // "in the near term", "over the short term": the time just ahead
                return (s.lower(i - 1).equals("near") || s.lower(i - 1).equals("short"))
                    && s.lower(i - 2).equals("the") ? Match.date(i - 2, i + 1, "FUTURE_REF") : null;
            case "date":
                return s.lower(i - 1).equals("later") && s.lower(i - 2).equals("a")
                    ? Match.date(i - 2, i + 1, "FUTURE_REF") : null;
            case "these":
                return s.lower(i + 1).equals("days") ? Match.date(i, i + 2, "PRESENT_REF") : null;
            default:
                return null;
        }
    }

    /**
     * "will soon begin", "may soon seek": a vague future. Not the conjunctions "as soon as" and "soon after",
     * nor a past "was soon released", which is only shortly after another past event.
     */
    private static Match soon(DocumentScan s, int i) {
        String prev = s.lower(i - 1);
        String next = s.lower(i + 1);
        if (prev.equals("as") || prev.equals("too") || prev.equals("how") || prev.equals("so")
            || next.equals("after") || next.equals("as") || next.equals("afterward") || next.equals("thereafter")
            || next.equals("enough") || s.tense(i, i + 1) == Tense.PAST) {
            return null;
        }
        return Match.date(i, i + 1, "FUTURE_REF");
    }

    /** "recent years" is a vague past; "recent weeks" reads as a stretch of unknown length (PXW). */
    private Match recentPeriod(DocumentScan s, int i) {
        String next = s.lower(i + 1);
        if (!RECENT_NOUNS.contains(next)) {
            return null;
        }
        Lexicon.Unit unit = s.lexicon.unit(next);
        if (unit == null || unit == Lexicon.Unit.YEAR || unit == Lexicon.Unit.DECADE) {
            return Match.date(i, i + 2, "PAST_REF");
        }
        return new Match(i, i + 2, TimexType.DURATION, DurationPatterns.value(-1, unit), null);
    }

    /** "the future", "the near future", "in the past"; not "future contracts" (a noun follows). */
    private Match futureOrPast(DocumentScan s, int i, String value) {
        int end = i + 1;
        if (s.isWord(end) && !CLAUSE_WORDS.contains(s.lower(end))) {
            return null;
        }
        int from = i;
        if (NEAR.contains(s.lower(i - 1))) {
            from = i - 1;
        }
        if (s.lower(from - 1).equals("the")) {
            from--;
        }
        return from == i && !value.equals("FUTURE_REF") ? null : Match.date(from, end, value);
    }
}
