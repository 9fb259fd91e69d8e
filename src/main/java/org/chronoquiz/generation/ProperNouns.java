package org.chronoquiz.generation;

import org.chronoquiz.timex.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a clause's first word keeps its capital once it moves inside a question
 * ("When were diplomatic relations ..." but "When did Putin ..."). A word counts as a name when the
 * article itself capitalises it somewhere other than at the start of a sentence; as a common word when the
 * article also writes it in lower case, when it is a function word, or when its ending is that of a common
 * noun or adjective. Anything else keeps its capital: a wrongly kept capital reads better than "putin".
 */
final class ProperNouns {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "this", "these", "that", "those", "its", "their", "his", "her", "our", "some", "many",
            "most", "all", "both", "each", "every", "several", "other", "such", "more", "few", "no", "one", "two",
            "three", "there", "it", "they", "we", "he", "she", "last", "next", "new", "first", "former", "local",
            "when", "since", "until", "by", "in", "on", "at", "during", "from", "which", "besides", "after", "before",
            "what", "where", "who", "how", "according", "and", "but", "so", "then", "another", "four", "five", "six",
            "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions", "any", "much", "only",
            // prepositions, conjunctions and adverbs that open a clause ("According to Security Pacific, as of ...")
            "as", "if", "while", "although", "though", "because", "for", "with", "without", "under", "over",
            "about", "among", "between", "through", "into", "to", "of", "not", "even", "also", "still", "yet",
            "once", "earlier", "later", "despite", "amid", "following", "including", "meanwhile", "however", "or",
            "nor", "than", "unless", "whether", "within", "against", "around", "toward", "towards", "upon",
            "now", "here", "just", "thus", "instead", "again");
    private static final Pattern COMMON_ENDING = Pattern.compile(
            ".*(ic|al|ive|ous|ed|ing|ions?|ity|ments?|ness|ism|ful|less|ary|ern|ly|ies|ers|ors|[^aiosu]s)");
    private final Set<String> names = new HashSet<>();
    private final Set<String> lowerCase = new HashSet<>();

    ProperNouns(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            Matcher m = WORD.matcher(s.text());
            boolean first = true;
            while (m.find()) {
                String w = m.group().replaceFirst("['\u2019]s$", "");
                boolean afterStop = m.start() >= 2 && s.text().substring(m.start() - 2, m.start()).matches("[.!?:\"] ");
                if (!first && !afterStop && Character.isUpperCase(w.charAt(0))) {
                    names.add(w);
                } else if (Character.isLowerCase(w.charAt(0))) {
                    lowerCase.add(w);
                }
                first = false;
            }
        }
    }

    /** The phrase with its first word lower-cased unless that word is a name, an acronym or has digits. */
    String decapitalize(String phrase) {
        Matcher m = WORD.matcher(phrase);
        if (phrase.isEmpty() || !m.lookingAt()) {
            return phrase;
        }
        String w = m.group().replaceFirst("['\u2019]s$", ""); // "Gonzalez's lawyer": judge "Gonzalez"
        String lower = w.toLowerCase(Locale.ROOT);
        boolean keep = names.contains(w) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                || phrase.length() > w.length() && Character.isDigit(phrase.charAt(w.length()))
                || phrase.startsWith(w + "-") && phrase.length() > w.length() + 1
                && Character.isDigit(phrase.charAt(w.length() + 1));
        boolean common = lowerCase.contains(lower) || FUNCTION_WORDS.contains(lower)
                || COMMON_ENDING.matcher(lower).matches();
        String after = phrase.substring(w.length()).stripLeading();
        boolean nameFollows = !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !w.matches(".*-\\p{Ll}.*");
        keep = keep || nameFollows; // "Eric Rudolph", "Foreign Minister X" (but "Non-presidential Russia-Syria talks")
        if (FUNCTION_WORDS.contains(lower) && !(lower.equals("new") && nameFollows)) {
            keep = false; // "The" capitalised in a headline is still "the" (but "New Zealand" is a name)
        }
        return keep || !common ? phrase : Character.toLowerCase(w.charAt(0)) + phrase.substring(1);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
