package org.chronoquiz.timex;

import java.util.Set;

/**
 * Guesses the tense of the clause around a token without a POS tagger: the verb cue nearest to the
 * expression in the same sentence wins. News prose is mostly past tense, so the cue lists lean that way.
 */
final class TenseDetector {

    private static final int WINDOW = 12;

    private final Set<String> future = Set.of("will", "shall", "ll", "upcoming", "scheduled", "expected",
        "expects", "plans", "planning", "plan", "tomorrow", "next", "coming", "intends", "hopes", "aims",
        "due", "would", "soon", "tentatively", "slated");
    private final Set<String> past = Set.of("was", "were", "had", "did", "said", "ago", "last", "took", "met",
        "made", "went", "came", "saw", "told", "began", "held", "left", "gave", "got", "won", "lost", "fell",
        "rose", "sold", "bought", "paid", "found", "became", "yesterday", "earlier", "ended", "set", "hit", "put", "ran", "wrote", "spoke", "thought", "brought", "struck", "kept", "led", "sent", "spent");
    private static final Set<String> ADVERBS = Set.of("not", "already", "also", "just", "since", "long", "never",
        "now", "still", "yet", "ever");
    private static final Set<String> PARTICIPLES = Set.of("been", "come", "gone", "done", "made", "taken", "seen",
        "given", "become", "begun", "fallen", "risen", "won", "lost", "told", "said", "held", "left", "sold",
        "bought", "paid", "found", "grown", "shown", "known", "written", "spoken", "brought", "kept", "spent", "met");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
        "your");
    private static final Set<String> FUTURE_IN_PAST = Set.of("planning", "scheduled", "expected", "due", "slated",
        "supposed", "set", "going");
    private final Set<String> lookBack = Set.of("since");
    private final Set<String> lookAhead = Set.of("until", "till", "effective", "through", "starting", "by");
    private final Set<String> present = Set.of("is", "are", "am", "says", "has", "have", "does", "do");
    private final Set<String> notPast = Set.of("need", "speed", "red", "bed", "indeed", "hundred", "seed",
        "feed", "breed", "greed", "shed", "wed", "fled", "bred", "sacred", "naked", "united", "limited",
        "expected", "scheduled", "planned");

    /**
     * "It was not until Tuesday that ...", "the talks lasted until Tuesday": "until" after a past verb of duration,
     * or in a past cleft, is a day that has come, not one awaited.
     */
    private boolean pastUntil(DocumentScan scan, int from, String before) {
        if (!before.equals("until") && !before.equals("till")) {
            return false;
        }
        int at = scan.lower(from - 1).equals(before) ? from - 1 : from - 2;
        String verb = scan.lower(at - 1);
        if (verb.equals("not") || verb.equals("n't")) {
            verb = scan.lower(at - 2);
            return verb.equals("was") || verb.equals("were") || verb.equals("wasn");
        }
        return PAST_DURATION.contains(verb);
    }

    private static final Set<String> PAST_DURATION = Set.of("lasted", "stayed", "remained", "continued", "waited",
        "lingered", "persisted", "ran", "held", "survived");

    Tense tenseAt(DocumentScan scan, int from, int to) {
        // the word right before the date outranks any verb: "since February" looks back,
        // "until Tuesday", "by August" and "effective Feb. 1" look ahead, whatever the reporting verb's tense
        String before = scan.lower(from - 1);
        if (before.equals("on") || before.equals("in")) {
            before = scan.lower(from - 2);
        }
        // a pluperfect ("had been due to expire Friday", "Until Thursday, they had not called")
        // places the whole clause before the reporting time
        if (pluperfect(scan, from, to)) {
            return Tense.PAST;
        }
        if (lookBack.contains(before)) {
            return Tense.PAST;
        }
        if (lookAhead.contains(before) && !pastUntil(scan, from, before)) {
            return Tense.FUTURE;
        }
        int sentence = scan.sentenceOf(from);
        if (soonestAhead(scan, from, sentence) || timetable(scan, from)) {
            return Tense.FUTURE;
        }
        if (committedBefore(scan, from, sentence)) {
            return Tense.FUTURE;
        }
        Tense near = nearestCue(scan, from, to, sentence, WINDOW);
        // "In January, a week after the 25th anniversary of the Roe vs. Wade decision, a clinic bombing in
        // Birmingham, Ala., killed a guard": no cue near the date, so the clause's verb further on decides
        return near != Tense.UNKNOWN ? near : nearestCue(scan, from, to, sentence, SENTENCE_WINDOW);
    }

    /** A sentence is read for its verb up to this many tokens from the date when no cue is nearer. */
    private static final int SENTENCE_WINDOW = 40;

    private Tense nearestCue(DocumentScan scan, int from, int to, int sentence, int window) {
        int bestDistance = Integer.MAX_VALUE;
        Tense best = Tense.UNKNOWN;
        int lo = Math.max(0, from - window);
        int hi = Math.min(scan.size(), to + window);
        for (int i = lo; i < hi; i++) {
            if (i >= from && i < to) {
                continue;
            }
            if (scan.sentenceOf(i) != sentence || !scan.token(i).isWord()) {
                continue;
            }
            // "planned to leave on Thursday" looks ahead; "On Friday, the government planned to pay" was a past plan
            Tense t = i < from && plannedAhead(scan, i) ? Tense.FUTURE : classify(scan, i);
            if (t == Tense.UNKNOWN) {
                continue;
            }
            int d = i < from ? from - i : i - to + 1;
            // modal "will"/"would" and to-infinitives after the expression rarely govern it; prefer cues before it
            if (i >= to) {
                d += 2;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    /**
     * "planned to leave", "planned a rally", "agreed to hold the meeting in 2023": what was planned or
     * agreed still lies ahead, unless "as previously planned".
     */
    private static boolean plannedAhead(DocumentScan scan, int i) {
        String prev = scan.lower(i - 1);
        boolean committed = COMMITTED.contains(scan.lower(i)) && scan.lower(i + 1).equals("to");
        return (scan.lower(i).equals("planned") || committed) && !prev.equals("previously") && !prev.equals("as")
            && !prev.equals("had") && !prev.equals("originally");
    }

    /**
     * "The parties agreed to hold the 20th meeting in Astana in the first half of 2023": the infinitive after
     * "agreed to" governs the date however far it runs, until another verb with a tense of its own.
     */
    private static boolean committedBefore(DocumentScan scan, int from, int sentence) {
        for (int i = from - 1; i > 0 && i >= from - 30 && scan.sentenceOf(i) == sentence; i--) {
            if (COMMITTED.contains(scan.lower(i)) && scan.lower(i + 1).equals("to")) {
                return plannedAhead(scan, i);
            }
            if (scan.lower(i).equals(",") || scan.lower(i).equals("that") || scan.lower(i).equals("which")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "likely to buy its stock as soon as trading opened Monday": the earliest a thing may happen lies ahead of
     * the words that say so, whatever the tense the clause is told in.
     */
    private static boolean soonestAhead(DocumentScan scan, int from, int sentence) {
        for (int i = from - 1; i >= 2 && i >= from - 5 && scan.sentenceOf(i - 2) == sentence; i--) {
            if (scan.lower(i).equals("as") && scan.lower(i - 1).equals("soon") && scan.lower(i - 2).equals("as")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Arafat and Albright meet separately Monday", "Congress reconvenes Jan. 24", "The rights expire Nov. 21":
     * a simple present right before the date is a timetable, and a timetable lies ahead. Not after "to" (an
     * infinitive takes its tense from the verb before it) nor after a determiner ("at the close Friday": a noun).
     */
    private static boolean timetable(DocumentScan scan, int from) {
        int v = from - 1;
        String w = scan.lower(v);
        if (w.equals("on") || w.equals("again") || w.length() > 3 && w.endsWith("ly")) {
            v--;
        }
        String prev = scan.lower(v - 1);
        return TIMETABLE.contains(scan.lower(v)) && scan.sentenceOf(v) == scan.sentenceOf(from)
            && !prev.equals("to") && !DETERMINERS.contains(prev) && !prev.equals("s") && !prev.equals("'");
    }

    private static final Set<String> TIMETABLE = Set.of("meet", "meets", "begin", "begins", "start", "starts",
        "open", "opens", "resume", "resumes", "end", "ends", "close", "closes", "arrive", "arrives", "leave", "leaves",
        "convene", "convenes", "reconvene", "reconvenes", "expire", "expires", "visit", "visits");

    private static final Set<String> COMMITTED = Set.of("agreed", "decided", "pledged", "promised", "vowed",
        "intended", "undertook", "agreement"); // "announced an agreement to acquire the bank in January"

    /** "a still unspecified date", "the planned merger": an -ed word after a determiner is an adjective. */
    private static boolean adjective(DocumentScan scan, int i) {
        String prev = scan.lower(i - 1);
        if (!DETERMINERS.contains(prev) && (prev.endsWith("ly") || prev.equals("still"))) {
            prev = scan.lower(i - 2);
        }
        return DETERMINERS.contains(prev);
    }

    private static boolean pluperfect(DocumentScan scan, int from, int to) {
        int sentence = scan.sentenceOf(from);
        for (int i = Math.max(0, from - WINDOW); i < Math.min(scan.size(), to + WINDOW); i++) {
            if (scan.sentenceOf(i) == sentence && scan.lower(i).equals("had") && !scan.lower(i + 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** A past participle at token j, after at most one adverb ("have already agreed"). */
    private boolean perfect(DocumentScan scan, int j) {
        if (scan.lower(j).endsWith("ly") || ADVERBS.contains(scan.lower(j))) {
            j++;
        }
        String w = scan.lower(j);
        return PARTICIPLES.contains(w) || w.length() > 4 && w.endsWith("ed") && !notPast.contains(w);
    }

    private Tense classify(DocumentScan scan, int i) {
        String w = scan.lower(i);
        if (future.contains(w)) {
            if (w.equals("ll") && !(i > 0 && scan.lower(i - 1).equals("'"))) {
                return Tense.UNKNOWN;
            }
            if (w.equals("next") && scan.lower(i + 1).equals("to")) {
                return Tense.UNKNOWN; // "next to the embassy": a place
            }
            if (w.equals("due") && scan.lower(i + 1).equals("to") && (DETERMINERS.contains(scan.lower(i + 2))
                || scan.capitalised(i + 2))) {
                return Tense.UNKNOWN; // "due to the strike": a cause
            }
            return Tense.FUTURE;
        }
        // "going to", "set to resume", "is to meet": an arrangement ahead
        if ((w.equals("going") || w.equals("set") || w.equals("is") || w.equals("are")) && scan.lower(i + 1).equals("to")
            || w.equals("set") && scan.lower(i + 1).equals("for")) {
            return Tense.FUTURE;
        }
        if (w.equals("early") && scan.lower(i - 1).equals("as") && scan.lower(i + 1).equals("as")) {
            return Tense.FUTURE;
        }
        // "were planning to drive", "was expected to arrive": a plan made in the past for later
        if ((w.equals("was") || w.equals("were")) && FUTURE_IN_PAST.contains(scan.lower(i + 1))) {
            return Tense.FUTURE;
        }
        if (scan.lower(i - 1).equals("be") && (past.contains(w) || PARTICIPLES.contains(w) || w.length() > 4 && w.endsWith("ed"))) {
            // a passive takes its tense from the auxiliary: "would be paid", "will be named", "to be completed"
            String aux = scan.lower(i - 2);
            return future.contains(aux) || aux.equals("to") ? Tense.FUTURE : Tense.UNKNOWN;
        }
        if (past.contains(w)) {
            return Tense.PAST;
        }
        if ((w.equals("has") || w.equals("have")) && perfect(scan, i + 1)) {
            // "prices have come down", "has been searching": a present perfect reports the past
            return Tense.PAST;
        }
        if (present.contains(w)) {
            return Tense.PRESENT;
        }
        if (w.length() > 4 && w.endsWith("ed") && !notPast.contains(w) && !adjective(scan, i)) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
