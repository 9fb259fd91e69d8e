package org.chronoquiz.generation;

import org.chronoquiz.timex.Sentence;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a dated fact is worth a question of its own, or only a blank on a flashcard. A teacher's review of
 * unseen wire and business stories kept the dates of things that happened in the world (a strike began, a plant
 * opened, jobs were added) and dropped the rest: the day a figure was reported or a stock closed, the period an
 * earnings figure covers, the base of a comparison, a second story under "Separately,". Those dates are still
 * asked, as one blank where they stand (the article's every fully specified date gets a question), but they give
 * no multiple choice, no typed question and no event for "what happened" or a timeline.
 *
 * <p>Every test here reads the sentence as written, so the rule is the same on any article; none names a story.
 */
final class Worth {
    /** The story's lead: the headline event lives here, even when it is dated by "Friday" or is a statement. */
    static final int LEAD_SENTENCES = 3;

    /** A financial period or comparison base as the date: "third-quarter", "a year earlier", "the nine months". */
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(quarter|fiscal|year-earlier|year-ago|year earlier"
            + "|year ago|months|year ended|year ending|period)\\b");
    /** What accounts report: a figure, not an event ("net income fell", "results included", "closed at $60"). */
    private static final Pattern ACCOUNTS = Pattern.compile("(?i)\\b(net income|net loss|net profit|net (?:rose|fell|was|of)"
            + "|operating (?:profit|loss)|earnings|profits?|revenues?|sales (?:rose|fell|increased|decreased|declined)"
            + "|results|tax credit|dividends?|per share|a share|composite trading|closed at|restated|write-?downs?)\\b");
    /** "from 4.1 percent in December", "compared with $3 a year earlier": the date is what a figure is measured against. */
    private static final Pattern COMPARISON_BASE = Pattern.compile(
            "(?i)\\b(from|compared with|compared to|than|versus)\\s+[$\u20ac\u00a3]?\\d[^,;]{0,30}$");
    /**
     * Saying or reporting as the dated act. "Announced" is left out: what is announced is often the news itself; so
     * are "add", "state" and "note", which a question uses as often for "add 92,000 jobs" or "the state of Florida".
     */
    private static final Pattern SAYING = Pattern.compile("(?i)\\b(said|says|say|reported|reports|report|told|tell"
            + "|stated|noted|predicted|predict|welcomed|welcome|declared|declare|confirmed|confirm|disclosed|disclose)\\b");
    /** A second story in a roundup: "Separately, Innopac reported ...". */
    private static final Pattern ASIDE_STORY = Pattern.compile("(?i)^\\s*(separately|meanwhile|elsewhere|in other news),");
    /** A day the article points at ("Friday", "yesterday"): near its own date, that is mostly the report's day. */
    private static final Pattern POINTED_DAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\\b");

    /** The clause's verb as a bare copula: "the main exports were wheat and meslin" is a state, not an event. */
    private static final Pattern COPULA = Pattern.compile("(?i)is|are|was|were");

    private final List<Sentence> sentences;
    private final LocalDate published;
    private final VerbForms verbs;

    Worth(List<Sentence> sentences, LocalDate published, VerbForms verbs) {
        this.sentences = sentences;
        this.published = published;
        this.verbs = verbs;
    }

    /** A state ("X was in Kansas City", "exports were wheat") rather than something that happened. */
    private boolean state(Clause clause) {
        if (clause == null) {
            return false; // an event named by its day ("Wednesday's ruling")
        }
        String[] words = clause.remainder().strip().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (verbs.isFiniteWord(words[i])) { // the clause's first verb decides
                String next = words[i + 1].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}-]", "");
                if (next.equals("not") && i + 2 < words.length) {
                    next = words[i + 2].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}-]", "");
                }
                return COPULA.matcher(words[i]).matches() && !verbs.isSimplePast(next) && !next.endsWith("en")
                        && !next.endsWith("ing") && !PARTICIPLES.contains(next);
            }
        }
        return false;
    }

    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("born", "held", "made", "set", "built",
            "hit", "put", "shot", "sold", "found", "known", "seen", "won", "lost", "sent", "brought", "bought", "led",
            "left", "kept", "paid", "struck", "told", "said", "met", "due", "expected", "scheduled", "slated",
            "to"); // "were to hold the meeting": a plan, not a state

    boolean worthAsking(PreparedFact p) {
        DateFact fact = p.fact();
        Sentence s = fact.sentence();
        boolean lead = sentences.indexOf(s) < LEAD_SENTENCES;
        String text = s.text();
        String before = text.substring(0, fact.phraseStart() - s.start());
        if (PERIOD.matcher(fact.text()).find() || COMPARISON_BASE.matcher(before).find()) {
            return false;
        }
        if (ACCOUNTS.matcher(text).find() || ASIDE_STORY.matcher(text).find() || state(p.clause())) {
            return false;
        }
        if (lead) {
            return true;
        }
        boolean reportDay = published != null && POINTED_DAY.matcher(fact.text()).find()
                && !fact.date().firstDay().isBefore(published.minusDays(1)) && !fact.date().firstDay().isAfter(published);
        String asked = p.when() == null ? "" : p.when();
        return !reportDay && !SAYING.matcher(asked).find();
    }
}
