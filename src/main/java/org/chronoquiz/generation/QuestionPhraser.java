package org.chronoquiz.generation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a clause as a question, a cloze item or an event description. "X were established in July 1944"
 * becomes "When were X established?", "X visited Y on May 1" becomes "When did X visit Y?"; when no simple
 * rewrite applies the date is asked in place ("... of which date?").
 */
final class QuestionPhraser {
    private static final String FREQUENCY = "\\s+(several|many|numerous) times\\b|\\s+repeatedly\\b"
            + "|\\s+on (several|many) occasions\\b|\\s+twice\\b";

    private static final Pattern TITLE_BEFORE_NAME = Pattern.compile(
            "\\b(president|prime minister|chancellor|king|queen|pope|patriarch|minister)(?= \\p{Lu}\\p{Ll})");

    private final PredicateParser parser;
    private final VerbForms verbs;

    QuestionPhraser(PredicateParser parser, VerbForms verbs) {
        this.parser = parser;
        this.verbs = verbs;
    }

    /** The "When ...?" question without attribution; its first word capitalised. */
    String when(Clause clause, DateFact fact, ProperNouns nouns) {
        String marked = clause.withMark();
        String plain = clause.remainder();
        if (fact.inList()) {
            plain = plain.replaceAll(FREQUENCY, "");
        }
        if (!fact.preposition().matches("of|to") && !clause.joined()) { // "the treaty of 1980", "dating to 1978"
            Optional<String> rewritten = parser.parse(plain).flatMap(p -> invert(p, fact, marked, nouns));
            if (rewritten.isPresent()) {
                return rewritten.get();
            }
        }
        return inPlace(marked, fact);
    }

    private Optional<String> invert(PredicateParser.Parse p, DateFact fact, String marked, ProperNouns nouns) {
        String wh = switch (fact.preposition()) {
            case "since" -> "Since when";
            case "until", "till" -> "Until when";
            case "by" -> "By when";
            default -> "When";
        };
        String subject = titled(nouns.decapitalize(p.subject()));
        String body;
        int verbAt = marked.indexOf(" " + p.verb() + " ");
        boolean dateAfterVerb = verbAt >= 0 && marked.indexOf(Clause.MARK) > verbAt;
        String next = p.rest().isEmpty() ? "" : p.rest().split(" ")[0];
        if (p.verb().equals("had") && !verbs.isSimplePast(next) && !next.matches("[a-z]+en|been|not|already|also")) {
            body = wh + " did " + subject + " have " + p.rest(); // "Aetna had a loss": possession, not a perfect
        } else if ((p.verb().equals("has") || p.verb().equals("have")) && !isParticiple(p.rest())) {
            return Optional.empty(); // "Ogden has interests in ...": possession, no simple inversion
        } else if (verbs.isAuxiliary(p.verb())) {
            body = wh + " " + p.verb() + " " + subject + " " + p.rest();
        } else if (verbs.isPlanningVerb(p.verb()) && p.rest().startsWith("to ") && dateAfterVerb) {
            body = wh + " " + (isPlural(subject) ? "were " : "was ") + subject + " " + p.rest(); // "were X to hold Y"
        } else if (verbs.isSimplePast(p.verb())) {
            body = wh + " did " + subject + " " + verbs.baseForm(p.verb()) + " " + p.rest();
        } else {
            return Optional.empty();
        }
        if (!p.intro().isEmpty()) {
            body = body + " " + nouns.decapitalize(p.intro());
        }
        return Optional.of(Clause.tidy(body) + "?");
    }

    /** "X are based on the treaty of which date?": the date's slot asked in place. */
    private String inPlace(String marked, DateFact fact) {
        String noun = fact.date().granularity().noun();
        String prep = !fact.preposition().isEmpty() ? fact.preposition() + " "
                : fact.date().granularity() == Granularity.DAY ? "on " : "in "; // "said Tuesday": "said on which date"
        String which = prep + "which " + noun;
        if (fact.date().isRange()) {
            which = fact.preposition().matches("from|between") ? "from which " + noun + " to which " + noun
                    : prep + "which " + noun + "s";
        }
        String mark = String.valueOf(Clause.MARK);
        String body = marked.startsWith(mark)
                ? marked.replace(mark, "") + " " + which
                : marked.replace(mark, which);
        return ProperNouns.capitalize(Clause.tidy(body)) + "?";
    }

    /** The clause as a cloze item: the fact blanked, the rest as written. */
    String cloze(Clause clause) {
        String text = clause.cloze("_____");
        return ProperNouns.capitalize(text) + (text.endsWith("?") || text.endsWith("!") ? "" : ".");
    }

    /** The clause as a past event without its date ("Putin visited Damascus for the first time."), if it is one. */
    Optional<String> event(Clause clause, DateFact fact) {
        String plain = clause.remainder().replaceAll(FREQUENCY, "");
        Optional<PredicateParser.Parse> parse = parser.parse(plain);
        if (parse.isEmpty() || clause.joined() || !fact.preposition().matches("|in|on|at|during")) {
            return Optional.empty();
        }
        String verb = parse.get().verb();
        if (verb.equals("has") || verb.equals("have")) { // "has visited" in a list of visits: "visited"
            String participle = parse.get().rest().split(" ")[0];
            if (!verbs.isSimplePast(participle) || !participle.endsWith("ed")) {
                return Optional.empty();
            }
            PredicateParser.Parse p = parse.get();
            plain = Clause.tidy((p.intro().isEmpty() ? "" : p.intro() + ", ") + p.subject() + " " + p.rest());
        } else if (!(verb.equals("was") || verb.equals("were") || verbs.isSimplePast(verb))) {
            return Optional.empty();
        }
        return Optional.of(ProperNouns.capitalize(titled(plain)) + ".");
    }

    /** A title before a name is written with a capital in questions ("President Putin"), whatever the source did. */
    private static String titled(String text) {
        Matcher m = TITLE_BEFORE_NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, ProperNouns.capitalize(m.group(1)));
        }
        return m.appendTail(out).toString();
    }

    /** Whether the words after "has"/"have" start (after adverbs) with a past participle. */
    private boolean isParticiple(String rest) {
        for (String w : rest.split(" ")) {
            if (w.matches("also|already|now|just|since|long|not|never|recently|repeatedly")) {
                continue;
            }
            return verbs.isSimplePast(w) || w.matches("[a-z]+(en|wn)|been|done|gone|made|met|held|begun|taken|led|won");
        }
        return false;
    }

    private boolean isPlural(String subject) {
        if (subject.contains(" and ")) {
            return true;
        }
        String head = subject.split("\\s+(of|in|at|on|for|from|with|between)\\s+")[0].strip();
        String last = head.substring(head.lastIndexOf(' ') + 1);
        return last.endsWith("s") && !last.endsWith("ss");
    }
}
