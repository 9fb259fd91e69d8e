package org.chronoquiz.generation;

import org.chronoquiz.timex.Sentence;

import org.chronoquiz.articles.Article;
import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.DateWording;
import org.chronoquiz.timex.Reading;
import org.chronoquiz.timex.Sentences;
import org.chronoquiz.timex.Timex;
import org.chronoquiz.timex.TimexExtractor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns an article's dated facts into question drafts. Pure and deterministic: the same article always
 * gives the same drafts, in order of where their fact sits in the text, then by type.
 */
public final class QuestionGenerator {
    private static final List<String> TYPE_ORDER = List.of("when", "typed", "cloze", "what_happened", "timeline");

    private final TimexExtractor extractor;
    private final FactFinder finder;
    private final ClauseBuilder clauses;
    private final PredicateParser parser;
    private final QuestionPhraser phraser;
    private final DateQuestions dateQuestions;
    private final EventQuestions eventQuestions;
    private final ContestedTerms contested = new ContestedTerms();
    private final EventNames eventNames;
    private final VerbForms verbs;

    public QuestionGenerator(TimexExtractor extractor) {
        this.extractor = extractor;
        this.verbs = new VerbForms();
        Shuffler shuffler = new Shuffler();
        this.finder = new FactFinder();
        this.eventNames = new EventNames(verbs);
        this.clauses = new ClauseBuilder(verbs, new ClauseBoundaries(verbs));
        this.parser = new PredicateParser(verbs);
        this.phraser = new QuestionPhraser(parser, verbs);
        this.dateQuestions = new DateQuestions(new Distractors(shuffler), shuffler, phraser);
        this.eventQuestions = new EventQuestions(shuffler);
    }

    public List<QuestionDraft> generate(Article article) {
        Reading reading = extractor.read(article.text(), article.published());
        return generate(article, reading.timexes(), reading.sentences(), true);
    }

    /** The drafts for an article whose timexes are already known (tests hand-build them). */
    List<QuestionDraft> generate(Article article, List<Timex> timexes) {
        return generate(article, timexes, new Sentences().split(article.text()), true);
    }

    /**
     * Every way each fact can be asked (multiple choice, typed and blank), before one is chosen per fact: what the
     * phrasing rules are tested on, since the chosen one shows only one of the three.
     */
    List<QuestionDraft> variants(Article article, List<Timex> timexes) {
        return generate(article, timexes, new Sentences().split(article.text()), false);
    }

    List<QuestionDraft> variants(Article article) {
        Reading reading = extractor.read(article.text(), article.published());
        return generate(article, reading.timexes(), reading.sentences(), false);
    }

    private List<QuestionDraft> generate(Article article, List<Timex> timexes, List<Sentence> sentences, boolean choose) {
        String text = article.text();
        List<DateFact> facts = finder.find(text, timexes, sentences);
        ProperNouns nouns = new ProperNouns(sentences);
        String articleLead = article.stateOwned() ? "According to the article, " : "";

        List<PreparedFact> prepared = new ArrayList<>();
        for (DateFact fact : facts) {
            prepare(fact, facts, timexes, sentences, nouns, article)
                    .map(p -> Datelines.writtenDate(fact, sentences, facts).map(p::withWritten).orElse(p))
                    .ifPresent(prepared::add);
        }
        List<QuestionDraft> drafts = new ArrayList<>();
        List<DateValue> articleDates = facts.stream().map(DateFact::date).toList();
        List<PreparedFact> plain = new ArrayList<>();
        Worth worth = new Worth(sentences, article.published(), verbs);
        for (PreparedFact p : prepared) {
            int rank = crowdedRank(p, prepared);
            List<QuestionDraft> forFact = dateQuestions.forFact(p, article.published(), nouns, articleDates,
                    otherDates(p.fact(), facts));
            if (choose && rank < 0) {
                forFact = OneQuestion.choose(forFact, p, worth.worthAsking(p));
            }
            if (rank < 0) {
                drafts.addAll(forFact);
                // an event for what-happened and timelines only where the fact itself is asked as a question: not a
                // saying, a statistic, an unnamed "them", a date of another event in the clause
                if (!p.asWritten() && forFact.stream().anyMatch(d -> d.type().equals("typed") || d.type().equals("when"))) {
                    plain.add(p);
                }
            } else if (rank < 2) { // "Greece and Turkey in 1952, Germany in 1955 and Spain in 1982": blanks only
                forFact.stream().filter(d -> d.type().equals("cloze")).forEach(drafts::add);
            }
        }
        drafts.addAll(eventQuestions.whatHappened(plain, article.published(), articleLead));
        drafts.addAll(eventQuestions.timelines(plain, article.published(), articleLead));
        if (article.stateOwned()) {
            drafts.replaceAll(contested::quote);
        }
        LeadCompany.of(sentences).ifPresent(company -> drafts.replaceAll(d -> d.prompt() == null ? d
                : d.withPrompt(LeadCompany.named(d.prompt(), company))));
        drafts.sort(Comparator.comparingInt((QuestionDraft q) -> q.source().start())
                .thenComparingInt(q -> TYPE_ORDER.indexOf(q.type()))
                .thenComparing(QuestionDraft::key));
        return List.copyOf(drafts);
    }

    /**
     * The place of a fact among the dated phrases of a sentence that has three or more (a list counts once),
     * or -1 for a sentence with fewer. Cutting one date out of such a sentence leaves the others attached to
     * the wrong clause, so only its blanks are asked, and only two of them, whose siblings would give each
     * other away anyway.
     */
    private static int crowdedRank(PreparedFact p, List<PreparedFact> all) {
        List<Integer> cut = phrases(p, all, false);
        if (!p.asWritten()) {
            return cut.size() < 3 ? -1 : cut.indexOf(p.fact().phraseStart());
        }
        // a blank as written never crowds out a question cut from the same sentence: it ranks after them
        List<Integer> phrases = new ArrayList<>(cut);
        phrases.addAll(phrases(p, all, true));
        return phrases.size() < 3 ? -1 : phrases.indexOf(p.fact().phraseStart());
    }

    private static List<Integer> phrases(PreparedFact p, List<PreparedFact> all, boolean asWritten) {
        return all.stream().filter(o -> o.asWritten() == asWritten && o.fact().sentence().equals(p.fact().sentence()))
                .map(o -> o.fact().phraseStart()).distinct().sorted().toList();
    }

    private Optional<PreparedFact> prepare(DateFact fact, List<DateFact> facts, List<Timex> timexes,
                                           List<Sentence> sentences, ProperNouns nouns, Article article) {
        Sentence s = fact.sentence();
        if (fact.possessive() && ANCHORED.matcher(fact.text()).lookingAt()) {
            // "The day before last Tuesday's hearing, Manuel went to Lazaro's home": the date is the visit's, a day
            // off the hearing's, so the hearing is not asked about with it
            return asWritten(fact, article);
        }
        if (fact.possessive()) { // "Wednesday's ruling by the INS": the event is the noun phrase, not the clause
            return eventNames.after(fact).filter(name -> !name.contains("\"") && !name.contains("\u201c")).map(name -> {
                boolean ahead = article.published() != null && fact.date().firstDay().isAfter(article.published());
                String be = EventNames.plural(name) ? (ahead ? "are" : "were") : (ahead ? "is" : "was");
                String lead = article.stateOwned() ? "According to the article, " : "";
                String when = "When " + be + " " + nouns.decapitalize(name) + "?";
                return new PreparedFact(fact, null, lead, when, Optional.empty(), dating(fact, article), false);
            });
        }
        List<OtherDate> others = otherDates(fact, facts);
        List<int[]> vague = timexes.stream()
                .filter(t -> s.contains(t.start()))
                .filter(t -> facts.stream().noneMatch(f -> f.start() <= t.start() && t.end() <= f.end()))
                .map(t -> new int[]{t.start(), t.end()})
                .toList();
        Optional<PreparedFact> cut = clauses.build(fact, others, vague, antecedent(sentences, s), nouns).map(clause -> {
            String lead = lead(article, clause);
            String when = phraser.when(clause, fact, nouns);
            Optional<String> event = clause.opensWithQuotation() ? Optional.empty() : phraser.event(clause, fact);
            // a later verb owns the date ("its record high set on Aug. 6"): only the blank, in the clause cut
            return new PreparedFact(fact, clause, lead, when, event, dating(fact, article), clauses.laterVerbOwnsDate(clause));
        });
        if (cut.isPresent()) {
            return cut;
        }
        // no clean clause to ask "when" from, but a sentence that stands on its own still takes a blank as written,
        // and one that leans on the sentence before for its subject takes it with that sentence
        int at = sentences.indexOf(s);
        Sentence previous = at > 0 ? sentences.get(at - 1) : null;
        return asWritten(fact, article).or(() -> clauses.withPrevious(fact, previous).map(clause -> new PreparedFact(fact,
                clause, article.stateOwned() ? "According to the article, " : "", null, Optional.empty(),
                dating(fact, article), true)));
    }

    /**
     * The other dates in the fact's sentence, which have questions of their own: a date inside a noun phrase as its
     * words alone ("the Aug. 7 bombings"), an adverbial as its whole phrase.
     */
    private static List<OtherDate> otherDates(DateFact fact, List<DateFact> facts) {
        return facts.stream()
                .filter(o -> o.sentence().equals(fact.sentence()) && o.phraseStart() != fact.phraseStart())
                // "the seasonally slow third quarter narrowed": a period word may be the head, not a modifier
                .filter(o -> !o.modifiesNoun() || NAMED_DATE.matcher(o.text()).find())
                .map(o -> o.modifiesNoun() || o.possessive() ? new OtherDate(o.start(), o.end(), true)
                        : new OtherDate(o.phraseStart(), o.phraseEnd(), false))
                .toList();
    }

    /**
     * A modifier that is plainly one: a date with a number or a month's name ("the Aug. 7 bombings", "the October
     * slaying") or one hyphenated word ("a third-quarter loss", "the year-earlier results").
     */
    private static final java.util.regex.Pattern NAMED_DATE = java.util.regex.Pattern.compile(
            "\\d|\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b|^\\S+-\\S+$");

    private static final java.util.regex.Pattern ANCHORED = java.util.regex.Pattern.compile(
            "(?i)(the )?(day|night|morning|evening|week|weekend|month|year)s? (before|after|prior to)\\b");

    private Optional<PreparedFact> asWritten(DateFact fact, Article article) {
        return clauses.asWritten(fact).map(clause -> new PreparedFact(fact, clause, article.stateOwned()
                ? "According to the article, " : "", null, Optional.empty(), dating(fact, article), true));
    }

    /** "The article says “Friday”; the date is worked out from the article's own, February 6, 1999." */
    private static String dating(DateFact fact, Article article) {
        if (fact.writesItsYear() || article.published() == null) {
            return null;
        }
        return "The article says \u201c" + fact.text() + "\u201d; the date is worked out from the article's own, "
                + DateWording.format(DateValue.ofDay(article.published())) + ".";
    }

    /** Prompts carry a state-owned outlet's claims as the article's, and keep any source the sentence cites. */
    private String lead(Article article, Clause clause) {
        if (clause.attribution() != null) {
            return article.stateOwned() ? "According to the article, citing " + clause.attribution() + ", "
                    : "According to " + clause.attribution() + ", ";
        }
        return article.stateOwned() ? "According to the article, " : "";
    }

    /**
     * The subject of the sentence before, to name what a leading pronoun refers to. A person's "He"/"She" is named
     * so only when that sentence names nobody else: "Albright has invited Polish Foreign Minister Geremek to visit.
     * He will then travel to Washington" is Geremek's trip, and a question naming the wrong one teaches a falsehood.
     */
    private Optional<String> antecedent(List<Sentence> sentences, Sentence s) {
        int i = sentences.indexOf(s);
        if (i <= 0) {
            return Optional.empty();
        }
        String previous = sentences.get(i - 1).text().replaceFirst("^(?i:(in|on|at|since)\\s+[^,]+,\\s*)", "");
        boolean personal = PERSONAL.matcher(s.text()).lookingAt();
        return parser.parse(previous)
                .map(PredicateParser.Parse::subject)
                .filter(subject -> !subject.matches("(?i)(they|it|he|she|we|this|these|those)"))
                .filter(subject -> !personal || !ANOTHER_NAME.matcher(previous.replace(subject, "")).find());
    }

    private static final java.util.regex.Pattern PERSONAL = java.util.regex.Pattern.compile("(He|She)\\b");
    /** Two capitalised words in a row past the subject: another person (or place) the pronoun might mean. */
    private static final java.util.regex.Pattern ANOTHER_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+");
}
