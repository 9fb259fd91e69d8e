package org.chronoquiz.generation;

import org.chronoquiz.timex.Sentence;

import org.chronoquiz.dates.DateValue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * @param listIndex   the fact's place in its list, 0 for the first (and for a fact in no list)
 * @param planned     the extractor read the date in a future-tense clause: a plan, whatever the calendar says
 */
record DateFact(int start, int end, String text, String value, DateValue date, Sentence sentence,
                int phraseStart, int phraseEnd, String preposition, List<DateValue> listMates,
                int listIndex, boolean planned) {

    boolean inList() {
        return !listMates.isEmpty();
    }

    /**
     * "the 1959 trade embargo", "Kopp's 1987 Chevrolet", "a 1996 law": the date qualifies a noun; asking when
     * the sentence's event happened would ask about the wrong thing.
     */
    boolean modifiesNoun() {
        String s = sentence.text();
        String before = s.substring(0, start - sentence.start());
        String after = s.substring(end - sentence.start());
        Matcher next = NEXT_WORD.matcher(after);
        boolean adjective = DETERMINER_BEFORE.matcher(before).find() // "the 1959 trade embargo"
                || text.matches("(?i).*\\p{L}-(quarter|half|year|month|end)"); // "release third-quarter results"
        return adjective && next.lookingAt()
                && !FUNCTION_WORDS.contains(next.group(1).toLowerCase(Locale.ROOT));
    }

    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(\\b(the|a|an|its|their|his|her|this|that|our|these|those)|['\u2019]s)\\s+$");
    private static final Pattern NEXT_WORD = Pattern.compile(",?\\s+(\\p{L}[\\p{L}-]*)"); // "the Dec. 21, 1988, bombing"
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "in", "on", "at", "to", "for", "from", "with",
            "by", "and", "or", "but", "that", "which", "who", "when", "as", "than", "was", "were", "is", "are", "has",
            "had", "have", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "after",
            "before", "until", "since", "during", "through", "ago", "earlier", "later", "last", "next");

    /**
     * "Tanzania expelled five Iraqis in connection with the bombing of two U.S. embassies last month": a date right
     * after an event noun that the clause's verb comes before may date that event, not the verb's, so only a blank
     * where it stands is asked (always right), never "when did Tanzania expel ...?".
     */
    boolean trailsEventNoun() {
        String before = sentence.text().substring(0, phraseStart - sentence.start());
        Matcher m = EVENT_NOUN_BEFORE.matcher(before);
        if (m.find() && FINITE_VERB.matcher(before.substring(0, m.start())).find()
                && !LIGHT_VERB_BEFORE.matcher(before.substring(0, m.start())).find()) {
            return true;
        }
        // "The job figures for January extended a surge": a date after "for" and a noun names what the noun covers
        String[] words = before.strip().split("\\s+");
        int at = words.length - (preposition.isEmpty() && words[words.length - 1].equals("for") ? 2 : 1);
        String last = at >= 0 ? words[at] : "";
        boolean forDate = preposition.equals("for") || at < words.length - 1;
        if (forDate && !last.isEmpty() && Character.isLowerCase(last.charAt(0))
                && !FINITE_VERB.matcher(last).matches() && !SET_FOR.matcher(last).matches()) {
            return true;
        }
        // "Kopp is charged with gunning down Slepian in autumn 1998": the shooting's season, not the charge's
        Matcher g = GERUND_BEFORE.matcher(before);
        return g.find() && FINITE_VERB.matcher(before.substring(0, g.start())).find();
    }

    /** Words after which "for" and a date says when something happens: "set for Nov. 22", "due for", "scheduled for". */
    private static final Pattern SET_FOR = Pattern.compile("(?i)set|due|slated|timed|ready|time|date|deadline|way|plans?");

    private static final Pattern GERUND_BEFORE = Pattern.compile(
            "(?i)\\b(?:with|for|of|over|about)\\s+\\p{Ll}{3,}ing\\b[^,;:]*$");

    /**
     * "agreed to hold the next meeting in 2024", "paid a visit in May": the verb's event is the noun's. Not "scheduled"
     * or "planned": "has scheduled a news conference Thursday" was scheduled before Thursday, which is the conference's.
     */
    private static final Pattern LIGHT_VERB_BEFORE = Pattern.compile("(?i)\\b(?:hold|holds|held|holding|host|hosts|hosted"
            + "|stage|staged|attend|attends|attended|organi[sz]e|organi[sz]ed|conduct|conducted|carry out|carried out"
            + "|make|made|pay|paid|begin|began|start|started|launch|launched|call|called"
            + "|end|ended|resume|resumed|open|opened|win|won|lose|lost|wage|waged|mount|mounted)\\s+$");

    private static final Pattern EVENT_NOUN_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its|their|his|her|this|that|these|those"
            + "|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)" // "condemned two bomb attacks in Kenya Friday"
            + "\\s+(?:[\\p{L}.'-]+\\s+){0,3}?(?:bombings?|attacks?|killings?|shootings?|massacres?|explosions?|blasts?|raids?"
            + "|air ?strikes?|elections?|visits?|trips?|meetings?|talks|summits?|invasion|coup|crash|murders?|assassination"
            + "|arrests?|death|earthquake|war|riots?|protests?|announcement|signing|creation|founding|launch|ceremony"
            + "|conference|ruling|verdict|vote|referendum)\\b[^,;:]*$");
    /** An auxiliary or a regular past before the event noun: the noun sits inside the clause, not as its subject. */
    static final Pattern FINITE_VERB = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|had|will|would|did|\\p{Ll}{2,}ed)\\b");

    /** "Wednesday's ruling": the date stands as a possessive before the event it names. */
    boolean possessive() {
        String rest = sentence.text().substring(end - sentence.start());
        return rest.startsWith("'s") || rest.startsWith("\u2019s");
    }

    /** Whether the text spells out the year ("July 1944"), not only points at it ("Friday", "last year"). */
    boolean writesItsYear() {
        return text.contains(String.valueOf(date.year()));
    }
}
