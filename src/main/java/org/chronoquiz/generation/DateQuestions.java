package org.chronoquiz.generation;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.DateWording;
import org.chronoquiz.dates.Precision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

/** The three ways a dated fact can be asked: multiple-choice "when", typed answer, and cloze ({@link OneQuestion} keeps one). */
final class DateQuestions {
    /** The longest "When ...?" a learner reads without losing the thread; the limit for prompts. */
    static final int MAX_WORDS = 30;
    /** A blank is read in its sentence, so it may run longer than a question, but not past a long breath. */
    static final int MAX_CLOZE_WORDS = 50;
    /** "... to report net income of 15 cents a share for?": the cut took the object of a preposition with the date. */
    private static final Pattern DANGLING = Pattern.compile(
            "(?i)\\b(for|with|than|to|from|by|the|a|an|and|or|its|their|his|her|that)\\?$");
    private static final Pattern WEEKDAY_OR_DEICTIC = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow)\\b");

    private final Distractors distractors;
    private final Shuffler shuffler;
    private final QuestionPhraser phraser;

    DateQuestions(Distractors distractors, Shuffler shuffler, QuestionPhraser phraser) {
        this.distractors = distractors;
        this.shuffler = shuffler;
        this.phraser = phraser;
    }

    /**
     * @param articleDates every date the article names, so that no wrong choice is a date the article gives
     *                     elsewhere for the same kind of event
     * @param otherDates   the sentence's other dates, which a blank as written leaves out
     */
    List<QuestionDraft> forFact(PreparedFact p, LocalDate published, ProperNouns nouns, List<DateValue> articleDates,
                                List<OtherDate> otherDates) {
        DateFact fact = p.fact();
        String answer = DateWording.format(fact.date());
        String question = p.asWritten() ? null : opening(p, nouns);
        List<QuestionDraft> out = new ArrayList<>();
        // A list ("in October 2015, November 2017 and May 2018") gets two questions, not three per date: the
        // first date as a cloze (the others stand beside its blank) and the second as multiple choice, where
        // the other listed dates can never be offered, so exactly one choice is right.
        boolean list = fact.inList();
        if (list && fact.listIndex() > 1
                || fact.modifiesNoun() && WEEKDAY_OR_DEICTIC.matcher(fact.text()).find()) {
            return List.of(); // "in his Sunday Mass": no blank or question reads well around a weekday adjective
        }
        // "the 1959 trade embargo": only the cloze asks the date where it stands; a long prompt is no question
        boolean named = p.clause() == null; // an event named by its day ("Wednesday's ruling"): no clause to blank
        boolean asked = named || !p.asWritten() && !fact.modifiesNoun() && !fact.trailsEventNoun() && !p.clause().opensWithQuotation() && question.split("\\s+").length <= MAX_WORDS
                && !QuestionPhraser.isStatistic(p.clause()) && !DANGLING.matcher(question).find() && !GARBLED.matcher(question).find()
                && !UNNAMED_OBJECT.matcher(question).find() // "agree to hand them over": who? only the sentence says
                && (!isReport(question) || p.written() != null); // the lead under its dateline: the headline event // "when did turnover amount to $606 million?": blank it instead
        if (asked && (!list || fact.listIndex() == 1)) {
            String whenKey = key("when", fact);
            Random random = shuffler.random(whenKey);
            List<DateValue> exclude = new ArrayList<>(fact.listMates());
            if (list) {
                articleDates.stream().filter(d -> d.precision() == fact.date().precision()).forEach(exclude::add);
            }
            List<DateValue> wrong = distractors.pick(fact.date(), published, fact.planned(), exclude, random, 3);
            String prompt = list ? whichOfThese(question, fact) : question;
            if (wrong.size() == 3) {
                List<String> choices = new ArrayList<>(wrong.stream().map(DateWording::format).toList());
                choices.add(answer);
                out.add(new QuestionDraft(whenKey, "when", prompt, answer, fact.value(),
                        shuffler.shuffle(choices, random), p.source()));
            }
        }
        if (asked && !list) {
            // the learner writes the date out: cite where the article writes it (a dateline), if anywhere
            out.add(new QuestionDraft(key("typed", fact), "typed", question + " " + DateWording.hint(fact.date()),
                    answer, fact.value(), List.of(), p.askedFrom()));
        }
        if (!named && (!list || fact.listIndex() == 0)) {
            // "said Friday", "last year": the blank's answer is the date itself, never the words that point at it
            boolean written = fact.writesItsYear();
            String cloze = fact.modifiesNoun() ? wholeSentenceCloze(fact, otherDates) : null;
            if (cloze == null) {
                cloze = written || fact.modifiesNoun() ? phraser.cloze(p.clause()) : phraser.cloze(p.clause().resolved(fact));
            }
            String unlinked = cloze == null ? null : ClauseBuilder.CONNECTIVE.matcher(cloze).replaceFirst("");
            if (unlinked != null && !LEADING_PRONOUN.matcher(unlinked).lookingAt()) {
                // "Moreover, by setting a _____ return date, ...": the blank stands alone ("But it was not until" stays)
                cloze = ProperNouns.capitalize(unlinked);
            }
            out.add(new QuestionDraft(key("cloze", fact), "cloze",
                    cloze == null || p.lead().isEmpty() ? cloze : p.lead() + nouns.decapitalize(cloze),
                    written ? fact.text() : answer, fact.value(), List.of(), p.source()));
        }
        return out.stream().filter(q -> q.prompt() != null && !Answers.givenAway(q.prompt(), fact))
                .map(q -> q.type().equals("cloze") ? q.withPrompt(shortened(q.prompt())) : q)
                .filter(q -> !q.type().equals("cloze") || q.prompt().split("\\s+").length <= MAX_CLOZE_WORDS).toList();
    }

    /**
     * A long blank's sentence without what trails its clause: "..., identified as Abdallah Fadhul, a Comorian who had
     * lived in Sudan" stops at "identified as Abdallah Fadhul". Cut at the first comma after the blank that opens an
     * appositive, a relative or a participle, while the rest still has the blank and at least eight words; never
     * where the tail names who said it ("..., newspapers reported Friday"), which would turn a claim into a fact.
     */
    static String shortened(String cloze) {
        if (cloze.split("\\s+").length <= MAX_WORDS) {
            return cloze;
        }
        cloze = withoutAppositives(cloze);
        if (cloze.split("\\s+").length <= MAX_WORDS) {
            return cloze;
        }
        int blank = cloze.indexOf("_____");
        Matcher tail = TRAILING_ASIDE.matcher(cloze);
        while (tail.find()) {
            if (tail.start() < blank + 5) {
                continue;
            }
            String kept = cloze.substring(0, tail.start());
            String rest = cloze.substring(tail.start());
            int that = kept.lastIndexOf(" that ");
            if (kept.split("\\s+").length >= 8 && !REPORTING.matcher(rest).find() && balanced(kept)
                    && DateFact.FINITE_VERB.matcher(kept).find() // "In _____, during the visit of X, to Damascus" lost its clause
                    && (that < 0 || DateFact.FINITE_VERB.matcher(kept.substring(that)).find())) { // "...concluded that James Kopp."
                return kept.replaceFirst("\\s+(and|or|but)$", "") + "."; // "in Kenya and Tanzania and because ..."
            }
        }
        return cloze;
    }

    /**
     * "William O. McCoy, president of the company's unit, said ...", "James Kopp, an impassioned opponent of
     * abortion, fired the shots": a noun phrase between commas after a name only describes the name, so a long
     * blank drops it (never one holding the blank, a verb, a number or a quotation, which may be the point).
     */
    static String withoutAppositives(String cloze) {
        Matcher m = APPOSITIVE.matcher(cloze);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String inner = m.group(1);
            // a relative inside the noun phrase describes it too: "a 52-year-old doctor who was the mainstay of the clinic"
            String own = inner.replaceFirst("(?s)\\b(?:who|that|which)\\b.*", "");
            if (inner.contains("_____") || APPOSITIVE_VERB.matcher(own).find() || VERB_WITH_OBJECT.matcher(own).find()
                    || inner.matches("(?s).*(\\d|\"|\u201c|\u201d|``|'').*")) {
                continue;
            }
            out.append(cloze, last, m.start()).append(' ');
            last = m.end();
        }
        return out.append(cloze.substring(last)).toString().replaceAll("\\s{2,}", " ");
    }

    /** "..., the State Department lifted a warning against travel to Kenya, ...": a clause, no appositive. */
    private static final Pattern VERB_WITH_OBJECT = Pattern.compile(
            "\\b\\p{Ll}+ed\\s+(?:a|an|the|its|his|her|their|to|on|in|at|for|with)\\b");
    private static final Pattern APPOSITIVE_VERB = Pattern.compile("\\b(is|are|was|were|has|have|had|will|would|did|said|says)\\b");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?<=\\p{Lu}[\\p{L}.]{1,30}),\\s+((?:a|an|the|one of|president|chairman|chief|director|head|leader|spokes(?:man|woman)"
            + "|secretary|minister|general|editor|analyst|professor|member|owner|founder|executive)\\b[^,;()]{2,110}?),"
            + "\\s+(?=\\p{Ll})");

    /**
     * "When did the Cape Argus newspaper report that a man was arrested?", "When did Tanzanian police say ...?": the
     * day a paper, the police or an unnamed official said something is seldom worth a question of its own (a teacher's
     * review rated them the least worth learning); its blank in the sentence is still asked, so the date keeps a
     * question, as one flashcard rather than three. A named person's statement ("when did Sergey Ivanov report that
     * Assad had asked Russia for military assistance?") is often the news itself, and stays a question.
     */
    static boolean isReport(String question) {
        return question != null && REPORT_QUESTION.matcher(question).find();
    }

    private static final Pattern REPORT_QUESTION = Pattern.compile("(?i)\\bwhen did (?:the |an? )?(?:\\S+ ){0,4}?"
            + "(?:newspapers?|paper|media|press|police|officials?|spokes(?:man|woman|person)|sources?|agency|radio|television"
            + "|news|daily|authorities|authority|government|ministry|department|company|firm|statement|reports?)"
            + " (?:say|report|tell|state|add|note|claim|write|quote|confirm|disclose|announce)\\b");
    /**
     * Cuts that read as no English: a present reporting verb left inside the question ("When did Nigeria state radio
     * says thousands begin gathering?", "When has a new report says there been a rise?"), or an adjective where
     * the subject was ("When is just, an off duty policeman killed ...?").
     */
    private static final Pattern GARBLED = Pattern.compile("\\b(says|tells|insists)\\b"
            + "|^(?:When|By when|Since when|Until when) (?:is|are|was|were) \\p{Ll}+,"
            + "|^When (?:did|was|were) (?:a|an|the) (?:day|week|month|year|decade)s?\\b" // "When did a week or so ago, ...?"
            // a saying cut from what was said: "When did the New York Times say in an editorial?"
            + "|^When did .+ (?:say|report|write|announce|tell|add|note)(?: (?:in|on|at|during|to|with) [^?]+)?\\?$"
            // a perfect left after "did": "When did Bushnell and others have just ended a news conference?"
            + "|^When did .+ have (?:just |already |recently )?\\p{Ll}+(?:ed|en)\\b"
            + "|, effective\\?$" // "When did U.S. Trust create an office of the chairman, effective?"
            // a date asked in place where no subject or main clause holds it: "Hopes to win seats in which month?",
            // "With the election due in which month, the figures ...?", "The bombings, on which date, killed ...?"
            + "|^(?!According\\b)\\p{Lu}\\p{Ll}+ to \\p{Ll}"
            + "|^(?:At|With|In|On|After|Before|During|Under|From|Turning|Following|Despite)\\b[^,?]*\\bwhich \\p{Ll}+,"
            + "|, (?:in|on|by|from) which \\p{Ll}+,");
    private static final Pattern LEADING_PRONOUN = Pattern.compile("(?i)(they|it|he|she|this|these|their|its)\\b");
    private static final Pattern UNNAMED_OBJECT = Pattern.compile("\\b(them|him|either|neither|the latter|the former)\\b");
    private static final Pattern TRAILING_ASIDE = Pattern.compile(
            ",\\s+(?=(?:who|which|where|whose|a|an|including|while|as well as|\\p{Ll}+ing)\\b)"
            + "|\\s+(?=(?:because|after \\p{Ll}+ing|(?:as|while) (?:he|she|they|it)\\b))");
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(said|says|reported|reports|told|according|announced|stated|added|quoted|confirmed)\\b");

    private static boolean balanced(String text) {
        return ClauseBuilder.quotesBalanced(text)
                && text.chars().filter(c -> c == '(').count() == text.chars().filter(c -> c == ')').count();
    }

    /**
     * "charged in the Dec. 21, 1988, bombing of Pan Am Flight 103": a date inside a noun phrase is blanked in
     * the sentence as written, since the clause cut would split the phrase; null when the sentence is too long.
     */
    private static String wholeSentenceCloze(DateFact fact, List<OtherDate> otherDates) {
        String s = fact.sentence().text();
        int base = fact.sentence().start();
        boolean[] gone = new boolean[s.length()];
        for (OtherDate o : otherDates) { // each has its question, which it would answer here: "who yesterday trimmed"
            if (ClauseBuilder.standsAlone(s, o.start() - base, o.end() - base, o.modifier())) {
                ClauseBuilder.delete(s, gone, o.start() - base, o.end() - base, 0);
            }
        }
        String rest = ClauseBuilder.keep(s, gone, fact.end() - base, s.length());
        if (fact.text().contains(",")) { // "in the Dec. 21, 1988, bombing": that comma closes the date's own
            rest = rest.replaceFirst("^,(?=\\s+\\p{Ll})", "");
        }
        String cloze = ClauseBuilder.keep(s, gone, 0, fact.start() - base) + "_____" + rest;
        boolean unnamed = cloze.matches("(?s)^(They|It|He|She|We|This|These|Those|Their|Its|His|Her)\\b.*");
        return unnamed || cloze.split("\\s+").length > MAX_WORDS + 10 ? null // the clause cut names the pronoun
                : Clause.tidy(cloze.replaceFirst("[.!?]$", "")) + ".";
    }


    /**
     * "When has Assad visited Russia?" has four right answers in a list; "In which of these months has Assad
     * visited Russia?" has one among the choices.
     */
    private static String whichOfThese(String question, DateFact fact) {
        String which = fact.date().precision() == Precision.DAY ? "on which of these dates"
                : "in which of these " + fact.date().precision().noun() + "s";
        Matcher when = Pattern.compile("\\b[Ww]hen\\b").matcher(question);
        if (!when.find()) {
            return question;
        }
        String replaced = when.start() == 0 ? ProperNouns.capitalize(which) : which;
        return question.substring(0, when.start()) + replaced + question.substring(when.end());
    }

    /** The lead, then the question. */
    private String opening(PreparedFact p, ProperNouns nouns) {
        String start = p.lead();
        String text = start.isEmpty() ? p.when() : start + nouns.decapitalize(p.when());
        return ProperNouns.capitalize(text);
    }

    static String key(String type, DateFact fact) {
        return type + "-" + fact.start() + "-" + fact.end();
    }
}
