package org.chronoquiz.generation;

import org.chronoquiz.dates.Precision;

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

    /** A noun phrase ending a clause, from its article or possessive: "the basic Soviet-Syrian Treaty of ...". */
    private static final Pattern NOUN_PHRASE_AT_END = Pattern.compile(
            "\\b(?:the|a|an|its|their|his|her)\\s+((?:(?!\\b(?:the|a|an)\\b)[^,;])+)$");

    /** Whether the clause reports a measured quantity rather than something that happened. */
    static boolean isStatistic(Clause clause) {
        return STATISTIC.matcher(clause.remainder()).find();
    }

    /** A measured quantity: money, a percentage ("the percentage change"), a count in millions, or a verb that reports one. */
    private static final Pattern STATISTIC = Pattern.compile(
            "[$\u20ac\u00a3]\\s?\\d|\\d\\s?(%|percent\\b|per cent\\b)|\\b(million|billion|trillion|percentage)\\b"
            + "|\\b(amounted|totaled|totalled|averaged|stood at)\\b"
            // "the number of visitors jumped from fewer than 100,000 to more than 300,000": a count that moved
            + "|\\bthe (number|share|rate|volume|level|total) of\\b"
            + "|\\b(rose|fell|jumped|dropped|climbed|increased|decreased|declined|grew|surged|plunged|soared|slipped"
            + "|doubled|tripled|halved)\\s+(from|to|by)\\s+(\\S+\\s+){0,3}?\\d");

    private final PredicateParser parser;
    private final VerbForms verbs;

    QuestionPhraser(PredicateParser parser, VerbForms verbs) {
        this.parser = parser;
        this.verbs = verbs;
    }

    /** The "When ...?" question without attribution; its first word capitalised. */
    String when(Clause clause, DateFact fact, ProperNouns nouns) {
        // "left Cuba in 1962 when she was 4": a second "when" after the date is a clue, not part of the question
        String marked = clause.withMark().replaceFirst("(" + Clause.MARK + "[^,;]*?),?\\s+when\\s+[^,;]*$", "$1");
        String plain = Clause.tidy(marked.replace(String.valueOf(Clause.MARK), ""));
        if (fact.inList()) {
            plain = plain.replaceAll(FREQUENCY, "");
        }
        Optional<Reported> reported = reported(plain, marked, fact);
        if (reported.isPresent()) { // "the authority said tolls would return in May": May is the return's
            Reported r = reported.get();
            String asked = parser.parse(r.plain()).flatMap(p -> invert(p, whFor(fact), r.marked(), nouns))
                    .orElseGet(() -> inPlace(r.marked(), fact));
            String speaker = titled(nouns.decapitalize(r.speaker())).replaceAll("[,\\s]+$", "");
            return "According to " + speaker + ", " + nouns.decapitalize(asked);
        }
        if (!fact.preposition().matches("of|to") && !clause.joined()) { // "the treaty of 1980", "dating to 1978"
            Optional<String> rewritten = parser.parse(plain).flatMap(p -> invert(p, whFor(fact), marked, nouns));
            if (rewritten.isPresent()) {
                return rewritten.get();
            }
        }
        return dateOfNoun(marked, fact).or(() -> spanInSecondClause(marked, fact, nouns))
                .orElseGet(() -> inPlace(marked, fact));
    }

    /** What a speaker said, when the date sits inside it: who said it, and the words said, marked and plain. */
    record Reported(String speaker, String marked, String plain) {
    }

    /** A reported clause about what lies ahead: "will terminate", "would return", "expects to release". */
    private static final Pattern AHEAD = Pattern.compile(
            "\\b(will|would|could|may|might|shall|expects|plans|intends)\\b|\\b(is|are)\\s+to\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\\b");

    private static final java.util.Set<String> REPORTING = java.util.Set.of("said", "says", "announced", "reported",
            "predicted", "estimated", "forecast", "added", "noted", "warned", "stated", "confirmed", "disclosed");

    /**
     * "Anheuser said its new strategy will mean lower earnings for the last half of 1989": the date comes
     * after the reported clause's own verb, so it dates what was said, not the saying ("Netanyahu said on
     * Sunday that ..." and "said Friday it would ..." date the saying and are not reported clauses here).
     */
    Optional<Reported> reported(String plain, String marked, DateFact fact) {
        Optional<PredicateParser.Parse> parse = parser.parse(plain);
        if (parse.isEmpty() || !REPORTING.contains(parse.get().verb()) || !parse.get().intro().isEmpty()) {
            return Optional.empty();
        }
        // as written, the reporting verb comes first and the reported clause's future verb stands between it
        // and the date ("said all conversion rights will terminate Nov. 30"), not "X, officials said Friday"
        String sentence = fact.sentence().text();
        int date = fact.start() - fact.sentence().start();
        int saidAt = sentence.lastIndexOf(" " + parse.get().verb() + " ", date);
        if (saidAt < 0 || !AHEAD.matcher(sentence.substring(saidAt + parse.get().verb().length() + 2, date)).find()) {
            return Optional.empty();
        }
        String verb = " " + parse.get().verb() + " ";
        int at = marked.indexOf(verb);
        int mark = marked.indexOf(Clause.MARK);
        if (at < 0 || mark < at) {
            return Optional.empty();
        }
        String said = marked.substring(at + verb.length()).replaceFirst("^that\\s+", "");
        String saidPlain = Clause.tidy(said.replace(String.valueOf(Clause.MARK), ""));
        Optional<PredicateParser.Parse> inner = parser.parse(saidPlain);
        if (inner.isEmpty()) { // "it expects to release results in mid-November": asked in place
            return Optional.of(new Reported(parse.get().subject(), said, saidPlain));
        }
        if (!inner.get().intro().isEmpty()) {
            return Optional.empty();
        }
        int innerVerb = said.indexOf(" " + inner.get().verb() + " ");
        int innerMark = said.indexOf(Clause.MARK);
        return innerVerb >= 0 && innerVerb < innerMark && AHEAD.matcher(" " + inner.get().verb() + " ").find()
                && !WEEKDAY.matcher(inner.get().subject()).find()
                ? Optional.of(new Reported(parse.get().subject(), said, saidPlain)) : Optional.empty();
    }

    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "night|day|morning|evening|afternoon|eve|weekend|week|month|year|dawn|noon|midnight");

    private static String whFor(DateFact fact) {
        return switch (fact.preposition()) {
            case "since" -> "Since when";
            case "until", "till" -> "Until when";
            case "by" -> "By when";
            default -> "When";
        };
    }

    /**
     * "X are based on the Treaty of Friendship of October 8, 1980": the date names a thing, so the clause is
     * stated without it and the thing's date asked after ("... of Friendship. What is the date of that treaty?").
     */
    private static Optional<String> dateOfNoun(String marked, DateFact fact) {
        String mark = String.valueOf(Clause.MARK);
        if (!fact.preposition().equals("of") || fact.date().isRange() || !marked.endsWith(mark)) {
            return Optional.empty();
        }
        String statement = Clause.tidy(marked.substring(0, marked.length() - 1));
        Matcher np = NOUN_PHRASE_AT_END.matcher(statement);
        if (!np.find()) {
            return Optional.empty();
        }
        String phrase = np.group(1);
        int of = phrase.indexOf(" of ");
        String head = (of > 0 ? phrase.substring(0, of) : phrase).strip();
        head = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!head.matches("[a-z-]{3,}") || TIME_OF_DAY.matcher(head).matches()) {
            return Optional.empty(); // "returned home on the night of Friday, Oct. 23": a time, not a thing with a date
        }
        return Optional.of(ProperNouns.capitalize(statement) + ". What is the date of that " + head + "?");
    }

    /**
     * "the main exports were wheat and meslin - their share from January to September 2022 was over 77%":
     * the first clause stated, the second asked ("Over which months was their share over 77%?"), so no
     * wh-phrase sits inside a noun phrase and "their" keeps the clause it refers to.
     */
    private Optional<String> spanInSecondClause(String marked, DateFact fact, ProperNouns nouns) {
        int dash = marked.indexOf(" - ");
        int at = marked.indexOf(Clause.MARK);
        if (!fact.date().isRange() || !fact.preposition().matches("from|between") || dash < 0 || dash > at) {
            return Optional.empty();
        }
        String first = Clause.tidy(marked.substring(0, dash));
        String second = Clause.tidy(marked.substring(dash + 3).replace(String.valueOf(Clause.MARK), ""));
        String wh = "Over which " + fact.date().precision().noun() + "s";
        return parser.parse(second).flatMap(p -> invert(p, wh, second, nouns))
                .map(q -> ProperNouns.capitalize(first) + ". " + q);
    }

    private Optional<String> invert(PredicateParser.Parse p, String wh, String marked, ProperNouns nouns) {
        String subject = titled(nouns.decapitalize(p.subject()));
        String body;
        int verbAt = marked.indexOf(" " + p.verb() + " ");
        // "agreed to hold the meeting in 2023" dates the meeting; "agreed in April to hand them over" the agreement
        int toAt = marked.indexOf(" to ", verbAt + 1);
        boolean dateAfterVerb = verbAt >= 0 && marked.indexOf(Clause.MARK) > (toAt >= 0 ? toAt : verbAt);
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
            body = wh + " did " + subject + " " + verbs.baseForm(p.verb()) + " " + coordinatedBase(p.rest());
        } else {
            return Optional.empty();
        }
        if (!p.intro().isEmpty()) {
            body = body + " " + nouns.decapitalize(p.intro());
        }
        return Optional.of(Clause.tidy(body) + "?");
    }

    /**
     * "killed 257 people and injured more than 5,500" after "did" is "kill ... and injure": a second past verb joined
     * by "and" takes the base form too, where what follows it shows it is a verb (an object, a number, a preposition).
     */
    private String coordinatedBase(String rest) {
        Matcher m = COORDINATED_PAST.matcher(rest);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String verb = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement("and " + (verbs.isSimplePast(verb) ? verbs.baseForm(verb) : verb)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern COORDINATED_PAST = Pattern.compile("\\band (\\p{Ll}+)(?=\\s+(?:the|a|an|more|at|about|on|for"
            + "|to|in|with|his|her|their|its|some|several|many|dozens|hundreds|thousands|\\d|\\p{Ll}{3,}s\\b))");

    /** "X are based on the treaty of which date?": the date's slot asked in place. */
    private String inPlace(String marked, DateFact fact) {
        String noun = fact.date().precision().noun();
        String lead = marked.substring(0, Math.max(0, marked.indexOf(Clause.MARK)));
        String prep = !fact.preposition().isEmpty() ? fact.preposition() + " "
                : lead.matches("(?is).*\\b(for|of|to|through|into|over|from|about|around)\\s*$") ? "" // "for which quarter"
                : fact.date().precision() == Precision.DAY ? "on " : "in "; // "said Tuesday": "said on which date"
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

    private static final java.util.regex.Pattern QUOTE_ENDED = java.util.regex.Pattern.compile("[.!?](''|\u201d|\")$");

    /** The clause as a cloze item: the fact blanked, the rest as written. */
    String cloze(Clause clause) {
        String text = clause.cloze("_____");
        boolean ended = text.endsWith("?") || text.endsWith("!") || QUOTE_ENDED.matcher(text).find(); // `all."`
        return ProperNouns.capitalize(text) + (ended ? "" : ".");
    }

    /** The clause as a past event without its date ("Putin visited Damascus for the first time."), if it is one. */
    Optional<String> event(Clause clause, DateFact fact) {
        String plain = clause.remainder().replaceAll(FREQUENCY, "");
        if (reported(clause.remainder(), clause.withMark(), fact).isPresent()) {
            return Optional.empty(); // "X said tolls would return in May": the saying did not happen in May
        }
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
        } else if (verb.equals("was") || verb.equals("were")) {
            if (!isParticiple(parse.get().rest())) {
                return Optional.empty(); // "the main exports were wheat and meslin": a state, not an event
            }
        } else if (!verbs.isSimplePast(verb)) {
            return Optional.empty();
        }
        if (STATISTIC.matcher(plain).find()) {
            return Optional.empty(); // "the trade turnover amounted to $606 million": a figure, not something that happened
        }
        // 'held a "working breakfast," later in the day' cut before "later": the quotation's comma goes with it
        plain = plain.replaceAll(",([\"\u201d]|'')\\s*$", "$1");
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
