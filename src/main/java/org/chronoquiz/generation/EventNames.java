package org.chronoquiz.generation;

import org.chronoquiz.timex.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News names an event by its day once it has happened: "Wednesday's ruling by the INS", "last month's
 * shooting death of a doctor", "last year's Madrid summit". The noun phrase after the possessive is the
 * event, so the question is "When was the ruling by the INS?". Figures ("Friday's trading volume") and
 * issues of a paper are not events and are left alone.
 */
final class EventNames {
    private static final int MAX_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'\u2019&-]*");
    private static final Set<String> STOP = Set.of("that", "which", "who", "whose", "when", "where", "while", "was",
            "were", "is", "are", "has", "had", "have", "will", "would", "could", "should", "may", "might", "can",
            "did", "does", "do", "said", "says", "to", "as", "than", "but", "or", "after", "before", "because");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "from", "with",
            "between", "against", "over", "into", "near", "outside", "inside");
    private static final Set<String> NOT_EVENTS = Set.of("volume", "trading", "close", "session", "earnings", "profit",
            "profits", "loss", "losses", "sales", "edition", "issue", "paper", "newspaper", "focus", "level", "levels",
            "price", "prices", "figures", "figure", "rate", "rates", "gain", "gains", "decline", "drop", "rise", "total",
            "average", "results", "performance", "editions", "weather", "column", "editorial", "show", "program", "broadcast");

    private final VerbForms verbs;

    EventNames(VerbForms verbs) {
        this.verbs = verbs;
    }

    /** "the ruling by the U.S. Immigration and Naturalization Service" after "Wednesday's", if it names an event. */
    Optional<String> after(DateFact fact) {
        Sentence s = fact.sentence();
        String rest = s.text().substring(fact.end() - s.start());
        if (!(rest.startsWith("'s ") || rest.startsWith("\u2019s "))) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(rest.substring(3));
        int at = 0;
        while (m.find() && words.size() <= MAX_WORDS) {
            String between = rest.substring(3).substring(at, m.start());
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
            boolean clauseAnd = lower.equals("and") && m.end() < rest.length() - 3
                    && rest.substring(3).substring(m.end()).matches("\\s+\\p{Ll}.*") && !rest.substring(3).substring(m.end())
                    .matches("\\s+(his|her|its|their|the|a|an)\\b.*"); // "and allow him": a second clause begins
            if (!between.isBlank() || STOP.contains(lower) || clauseAnd || verbs.isSimplePast(lower) && !words.isEmpty()
                    && !PREPOSITIONS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                    || w.matches("\\d.*")) {
                break; // a comma, dash or quote, a clause word, the verb of the sentence, or another figure or date
            }
            words.add(w);
            at = m.end();
        }
        if (words.size() > MAX_WORDS) { // too long: keep it up to its last preposition within the limit
            int cut = MAX_WORDS;
            for (int i = MAX_WORDS - 1; i > 1; i--) {
                if (PREPOSITIONS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                    cut = i;
                    break;
                }
            }
            words = new ArrayList<>(words.subList(0, cut));
        }
        while (!words.isEmpty() && PREPOSITIONS.contains(last(words))) {
            words.remove(words.size() - 1);
        }
        if (!words.isEmpty() && last(words).endsWith(".") && last(words).indexOf('.') == last(words).length() - 1) {
            words.set(words.size() - 1, words.get(words.size() - 1).replaceAll("\\.$", "")); // the sentence's full stop
        }
        while (!words.isEmpty() && last(words).equals("and")) {
            words.remove(words.size() - 1);
        }
        if (words.size() < 3 && words.stream().noneMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            return Optional.empty(); // "the ruling", "the vote": which one, the question could not say
        }
        if (words.isEmpty() || NOT_EVENTS.contains(head(words).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of("the " + String.join(" ", words));
    }

    /** Whether the event is named in the plural: "the bombings of U.S. embassies". */
    static boolean plural(String name) {
        String head = head(List.of(name.substring(4).split(" ")));
        return head.endsWith("s") && !head.endsWith("ss");
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    }

    /** The noun the phrase is about: its last word before a preposition ("death" in "shooting death of a doctor"). */
    private static String head(List<String> words) {
        String head = words.get(0);
        for (String w : words) {
            if (PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            head = w;
        }
        return head;
    }
}
