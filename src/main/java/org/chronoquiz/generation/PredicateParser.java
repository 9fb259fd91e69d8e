package org.chronoquiz.generation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the subject and the finite verb of a simple declarative clause, which is all a "When did X do Y?"
 * rewrite needs. Deliberately shallow: the first auxiliary or simple-past verb that is not inside
 * brackets or quotes, not after a determiner ("the wounded") and not a reduced relative ("terrorists
 * entrenched in the country have threatened").
 */
final class PredicateParser {
    /** "the most wanted list", "a well known figure": a past form after these is an adjective. */
    private static final Set<String> DEGREE = Set.of("most", "more", "less", "least", "well", "best", "newly", "so-called",
            "long", "widely", "highly");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "my", "this", "these", "those", "that", "every");
    /** "the recently passed bailout legislation": determiner, adverb, participle make an adjective. */
    private static boolean adverbAfterDeterminer(List<String> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).endsWith("ly")
                && DETERMINERS.contains(tokens.get(i - 2).toLowerCase(Locale.ROOT));
    }

    /** A subject opening with these is a subordinate or adverbial clause, not a subject. */
    private static final Set<String> NOT_SUBJECT_STARTS = Set.of(
            "while", "although", "though", "because", "if", "when", "whereas", "also", "still", "however", "meanwhile",
            "recently", "but", "and", "yet", "so", "then", "even", "despite", "unless", "until", "whether", "once");
    /** "a law named for him ... strengthened": a participle followed by these usually modifies the noun before it. */
    private static final Set<String> REDUCED_RELATIVE_NEXT = Set.of("in", "by", "at", "on", "for", "after", "as", "with");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom", "whose");
    private static final Set<String> INTRO_PREPOSITIONS = Set.of(
            "during", "after", "before", "in", "at", "on", "with", "despite", "following", "amid", "under",
            "together", "since", "for", "as", "thanks", "by", "from", "over", "within", "according", "including");

    /**
     * @param intro   a leading prepositional phrase before the subject ("during the visit of X"), or ""
     * @param verb    the finite verb as written, lower case
     * @param rest    everything after the verb
     */
    record Parse(String intro, String subject, String verb, String rest) {
    }

    private final VerbForms verbs;

    PredicateParser(VerbForms verbs) {
        this.verbs = verbs;
    }

    Optional<Parse> parse(String clause) {
        List<String> tokens = Arrays.asList(clause.strip().split("\\s+"));
        int depth = 0;
        int quotes = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean inside = depth > 0 || quotes % 2 == 1;
            depth += count(token, '(') - count(token, ')');
            quotes += count(token, '"');
            if (i == 0 || inside || token.startsWith("(") || token.startsWith("\"")) {
                continue;
            }
            String word = token.replaceAll("[,;:.!?]+$", "");
            if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || tokens.get(i - 1).endsWith(",")
                    && !verbs.isAuxiliary(word) && !isAfterAppositive(tokens, i)) {
                continue;
            }
            String prev = tokens.get(i - 1).toLowerCase(Locale.ROOT);
            boolean verb = verbs.isAuxiliary(word)
                    || verbs.isSimplePast(word) && !DETERMINERS.contains(prev) && !DEGREE.contains(prev)
                    && !adverbAfterDeterminer(tokens, i) && !reducedRelative(tokens, i);
            if (verb) {
                boolean relativeVerb = tokens.subList(0, i).stream()
                        .anyMatch(t -> RELATIVE_PRONOUNS.contains(t.toLowerCase(Locale.ROOT)));
                String first = tokens.get(0).replace(",", "").toLowerCase(Locale.ROOT);
                boolean notSubject = NOT_SUBJECT_STARTS.contains(first.toLowerCase(Locale.ROOT))
                        || verbs.isSimplePast(first) || first.endsWith("ing") && !INTRO_PREPOSITIONS.contains(first)
                        || INTRO_PREPOSITIONS.contains(first) && !String.join(" ", tokens.subList(0, i)).contains(", ");
                if (!relativeVerb && !notSubject) { // "X that is Y": "is" is not X's verb; "As expected, X did": read on
                    return Optional.of(split(tokens, i, word));
                }
            }
        }
        return Optional.empty();
    }

    /** "Anthony of Volokolamsk, chairman of the Department, visited": the comma closes an appositive. */
    private boolean isAfterAppositive(List<String> tokens, int i) {
        return String.join(" ", tokens.subList(0, i)).chars().filter(c -> c == ',').count() >= 2;
    }

    private boolean reducedRelative(List<String> tokens, int i) {
        if (i + 1 >= tokens.size() || !REDUCED_RELATIVE_NEXT.contains(tokens.get(i + 1))
                || !tokens.get(i).endsWith("ed")) { // "said in a letter" is said
            return false;
        }
        int commas = 0;
        for (int j = i + 1; j < tokens.size() && commas < 3; j++) {
            commas += tokens.get(j - 1).endsWith(",") ? 1 : 0;
            String w = tokens.get(j).replaceAll("[,;:.]+$", "");
            if (verbs.isAuxiliary(w) || verbs.isSimplePast(w) && commas >= 2) {
                return true; // another finite verb follows (after an appositive, if a past form): this one was a modifier
            }
        }
        return false;
    }

    private Parse split(List<String> tokens, int verbAt, String verb) {
        String subject = String.join(" ", tokens.subList(0, verbAt));
        if (subject.indexOf(", ") < 0 || subject.indexOf(", ") == subject.length() - 1) {
            subject = subject.replaceAll(",$", ""); // but "Anthony, chairman of X, visited" keeps its closing comma
        }
        String intro = "";
        String first = tokens.get(0).toLowerCase(Locale.ROOT);
        if (first.matches("[a-z]+ly,|earlier,|later,|nonetheless,|meanwhile,|still,|now,|then,|instead,") && verbAt > 1) {
            subject = subject.substring(tokens.get(0).length()).strip(); // "Earlier, protesters prayed": the adverb goes
            first = tokens.get(1).toLowerCase(Locale.ROOT);
        }
        int lastComma = subject.lastIndexOf(", ");
        if (INTRO_PREPOSITIONS.contains(first) && lastComma > 0) {
            intro = subject.substring(0, lastComma);
            subject = subject.substring(lastComma + 2);
        }
        String rest = String.join(" ", tokens.subList(verbAt + 1, tokens.size()));
        return new Parse(intro, subject, verb.toLowerCase(Locale.ROOT), rest);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
