package org.chronoquiz.generation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Just enough English verb morphology to turn "X visited Y" into "did X visit Y": auxiliaries, the simple
 * past of regular verbs, and a small table of irregular verbs that news text uses.
 */
final class VerbForms {
    private static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
            "may", "might", "must", "shall");
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did");
    private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(
            Map.entry("began", "begin"), Map.entry("became", "become"), Map.entry("broke", "break"),
            Map.entry("brought", "bring"), Map.entry("built", "build"), Map.entry("bought", "buy"),
            Map.entry("came", "come"), Map.entry("chose", "choose"), Map.entry("did", "do"),
            Map.entry("drew", "draw"), Map.entry("drove", "drive"), Map.entry("fell", "fall"),
            Map.entry("felt", "feel"), Map.entry("fought", "fight"), Map.entry("found", "find"),
            Map.entry("flew", "fly"), Map.entry("forgot", "forget"), Map.entry("gave", "give"),
            Map.entry("got", "get"), Map.entry("grew", "grow"), Map.entry("held", "hold"),
            Map.entry("hit", "hit"), Map.entry("kept", "keep"), Map.entry("knew", "know"),
            Map.entry("laid", "lay"), Map.entry("led", "lead"), Map.entry("left", "leave"),
            Map.entry("lost", "lose"), Map.entry("made", "make"), Map.entry("meant", "mean"),
            Map.entry("met", "meet"), Map.entry("paid", "pay"), Map.entry("put", "put"),
            Map.entry("ran", "run"), Map.entry("rose", "rise"), Map.entry("said", "say"),
            Map.entry("saw", "see"), Map.entry("sent", "send"), Map.entry("set", "set"),
            Map.entry("shot", "shoot"), Map.entry("sold", "sell"),
            Map.entry("spent", "spend"), Map.entry("spoke", "speak"), Map.entry("stood", "stand"),
            Map.entry("struck", "strike"), Map.entry("took", "take"), Map.entry("told", "tell"),
            Map.entry("thought", "think"), Map.entry("threw", "throw"), Map.entry("understood", "understand"),
            Map.entry("went", "go"), Map.entry("won", "win"), Map.entry("wrote", "write"));
    /** Words ending in -ed that are (almost) never a finite verb in news text. */
    private static final Set<String> NOT_VERBS = Set.of(
            "red", "bed", "need", "speed", "seed", "feed", "hundred", "armed", "united", "so-called",
            "based", "related", "limited", "advanced", "detailed", "interested", "skilled", "wounded",
            "indeed", "ted", "shed", "sacred", "naked", "wicked", "beloved", "alleged", "aged");
    /** Verbs whose "to"-infinitive names a plan, so a date after it belongs to the planned event. */
    private static final Set<String> PLANNING_VERBS = Set.of(
            "agreed", "decided", "planned", "promised", "pledged", "intended", "vowed", "expected",
            "hoped", "aimed", "offered", "arranged", "resolved", "undertook", "proposed");

    boolean isAuxiliary(String word) {
        return AUXILIARIES.contains(word);
    }

    boolean isPastAuxiliary(String word) {
        return PAST_AUXILIARIES.contains(word);
    }

    boolean isPlanningVerb(String word) {
        return PLANNING_VERBS.contains(word);
    }

    /** Verbs that double their final l before -ed. */
    private static final Set<String> SINGLE_L = Set.of("expel", "compel", "propel", "repel", "dispel", "control",
            "patrol", "annul", "enrol", "distil", "instil", "fulfil", "rebel");

    /** Whether a word as written (punctuation around it) is a finite verb: a lower-case auxiliary or simple past. */
    boolean isFiniteWord(String word) {
        String w = word.replaceAll("[^\\p{L}-]", "");
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (isAuxiliary(w) || isSimplePast(w));
    }

    /** Whether a lower-case word reads as a simple-past verb. */
    boolean isSimplePast(String word) {
        if (IRREGULAR_PAST.containsKey(word)) {
            return true;
        }
        return word.length() > 3 && word.endsWith("ed") && !NOT_VERBS.contains(word)
                && word.chars().allMatch(Character::isLowerCase); // "lower-than-expected" is an adjective
    }

    /** The base form of a simple-past verb: "visited" -> "visit", "announced" -> "announce", "met" -> "meet". */
    String baseForm(String past) {
        String word = past.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR_PAST.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (!word.endsWith("ed")) {
            return word;
        }
        String stem = word.substring(0, word.length() - 2);
        if (word.endsWith("eed") && word.length() > 4) {
            return word.substring(0, word.length() - 1); // agreed -> agree, freed -> free
        }
        if (stem.endsWith("ll") && SINGLE_L.contains(stem.substring(0, stem.length() - 1))) {
            return stem.substring(0, stem.length() - 1); // expelled -> expel; called -> call
        }
        if (stem.endsWith("i")) {
            return stem.substring(0, stem.length() - 1) + "y"; // supplied -> supply
        }
        int n = stem.length();
        if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0
                && "aeiou".indexOf(stem.charAt(n - 3)) >= 0 && "aeiou".indexOf(stem.charAt(n - 4)) < 0) {
            return stem.substring(0, n - 1); // submitted -> submit, occurred -> occur; not added -> ad
        }
        return needsSilentE(stem) ? stem + "e" : stem;
    }

    /** Stems that lost a silent e before -ed: announc-, mov-, complet-, donat-, us-, nam-, conven-. */
    private boolean needsSilentE(String stem) {
        if (stem.endsWith("ss") || stem.endsWith("ck") || stem.endsWith("zz") || stem.equals("focus")) {
            return false;
        }
        return stem.matches(".*(c|v|z|u|ur|s|ang|eng|[^n]g|[^eo]at|creat|let|[^aeiou]ut|(st|pl|gn|sc)or"
                + "|[^aeiou](ar|ir|in|um|ap|ok|ik|id|od|ad)|[^e]ven|uir|lud|rud|dul|rul|crib|[bcdfgkpstz]l|invit|unit|ignit|recit|excit)")
                || stem.matches("[^aeiou]*[aeiou][^aeiouwxy]"); // short consonant-vowel-consonant: named, voted
    }
}
