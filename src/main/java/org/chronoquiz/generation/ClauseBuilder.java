package org.chronoquiz.generation;

import org.chronoquiz.timex.Sentence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the clause that carries a dated fact out of its sentence (where it ends: {@link ClauseBoundaries}),
 * so a question asks one fact; rebuilds "X, which began in 2011," as
 * "X began in 2011"; drops leading connectives, vague time phrases and any other date that would give
 * the answer's year away; names the subject when the clause opens with a pronoun, or gives up.
 */
final class ClauseBuilder {
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile("(?i)\\b(in|on|at|since|from|until|by|during|of)\\s+$");
    /** A connective that ties the sentence to the one before, which a question or blank standing alone drops. */
    static final Pattern CONNECTIVE = Pattern.compile(
            "^(?i:and|but|so(?!\\s+(?:far|much|many|long)\\b)|yet|moreover,|however,|also,?|meanwhile,|then,|thus,|furthermore,|in addition,|indeed,|similarly,"
            + "|additionally,|still,|instead,)\\s+");
    private static final Pattern VAGUE_LEAD = Pattern.compile(
            "^(?i:in recent years|recently|at present|currently|now|today|nowadays|these days),\\s*");
    /** A subordinate clause opens: the date after it belongs to its verb, not to the main clause's. */
    private static final Pattern SUBORDINATOR = Pattern.compile(
            "(?i)(?:^|[\\s,])(after|before|when|while|because|once|although|as soon as|until|whereas|since)\\s+(?=\\S)");
    private static final Pattern ATTRIBUTION = Pattern.compile("^According to ([^,]+),\\s*");
    /** ", the government reported on Friday, evidence that ...": who reports the clause, and the rest after it. */
    private static final String REPORTER = "((?:the |a |an )?(?:[\\p{Lu}][\\p{L}.'\u2019&-]*|[\\p{Ll}][\\p{L}'\u2019-]*)"
            + "(?: [\\p{L}.'\u2019&-]+){0,5}?)";
    private static final String REPORTING = "(said|reported|announced|confirmed|added|noted|stated|predicted|declared"
            + "|told reporters)";
    private static final Pattern REPORT_AFTER = Pattern.compile("^\\s*,\\s+" + REPORTER + "\\s+" + REPORTING + "\\b.*$");
    private static final Pattern REPORT_LAST = Pattern.compile("^,\\s+" + REPORTER + "\\s+" + REPORTING + "\\s*[.!?]*$");
    /** A cut that starts on a gerund ("being found ..."); not a preposition in -ing ("during", "following"). */
    private static final Pattern GERUND_START = Pattern.compile(
            "(?:[Bb]eing|[Hh]aving)\\s|(?!(?:during|according|following|including|regarding|concerning)\\s)\\p{Ll}{3,}ing\\s");
    private static final Pattern REPORT_BEFORE = Pattern.compile("^(.{12,}?),\\s+" + REPORTER + "\\s+" + REPORTING + "\\s*$");
    /** The noun phrase that ends a clause, from its last article on: what a ", which" after it is about. */
    private static final Pattern LAST_NOUN_PHRASE = Pattern.compile(
            "\\b(?:the|a|an|its|their|his|her)\\s+(?:(?!\\b(?:the|a|an|is|are|was|were)\\b)[^,;])+$");
    private static final Pattern CLEFT = Pattern.compile(
            "(?:(?:But|And|Yet|So),?\\s+)?[Ii]t\\s+(?:was|is|will be)\\s+not\\s+(?:(?:until|till)\\s+)?");
    /** "It was not immediately known", "It is expected": an "it" that stands for no thing named before. */
    private static final Pattern EXPLETIVE_IT = Pattern.compile(
            "(?i)^it\\s+(?:was|is|will be|had been|has been)\\s+(?:not\\s+)?(?:\\p{Ll}+ly\\s+)?(?:until|till|unclear|clear|likely"
            + "|unlikely|possible|impossible|expected|known|believed|thought|reported|said|feared|hoped|time|the first|the last"
            + "|necessary|important|difficult|hard|easy|true|false|obvious|evident)\\b");
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("^(They|It|He|She|We)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_PRONOUN = Pattern.compile(
            "^(Their|Its|His|Her|Our|This|These|Those|That|Them|Him)\\b", Pattern.CASE_INSENSITIVE);

    private final VerbForms verbs;
    private final ClauseBoundaries boundaries;

    ClauseBuilder(VerbForms verbs, ClauseBoundaries boundaries) {
        this.verbs = verbs;
        this.boundaries = boundaries;
    }

    /**
     * @param others     the sentence's other dates, each asked on its own
     * @param antecedent the subject of the previous sentence, to name a leading "They"/"It"; empty if none
     * @param nouns      which capitalised words are names, to lower-case a clause that moves from the sentence start
     */
    Optional<Clause> build(DateFact fact, List<OtherDate> others, List<int[]> vague, Optional<String> antecedent,
                           ProperNouns nouns) {
        Sentence s = fact.sentence();
        String text = s.text();
        int p0 = fact.phraseStart() - s.start();
        int p1 = fact.phraseEnd() - s.start();
        if (boundaries.insideQuotes(text, p0)) {
            return Optional.empty(); // a speaker's words, not the article's statement: no clean clause to ask from
        }
        if (CLEFT.matcher(text.substring(0, p0)).matches()) {
            // "But it was not until Tuesday that Castro revealed X": no clause to cut ("it" is no one), the sentence
            // as written takes the blank
            return Optional.empty();
        }
        Optional<Clause> fronted = frontedParticiple(fact, text, p0, p1);
        if (fronted.isPresent()) {
            return fronted;
        }
        if (reducedRelativeAround(text, p0, p1)) {
            // "announcements put out on Aug. 13 suggest ...": the date is the putting out's, so that is what is asked
            return reducedRelative(fact, text, p0, p1);
        }
        ClauseBoundaries.Segment segment = boundaries.locate(text, p0, p1);
        int quoteEnd = leadingQuotation(text, p0);
        if (quoteEnd > 0 && !segment.relative()) {
            // "``We are back,'' Adams said Sunday.": the date is the saying's; the quote cannot be reworded into
            // a question, so the sentence stands as written around its blank
            String after = text.substring(p1, segment.right()).replaceFirst("[.!?]+$", "");
            return Optional.of(new Clause(text.substring(0, p0), text.substring(p0, p1), fact.start() - s.start() - p0,
                    fact.end() - s.start() - p0, after, null, false)).filter(c -> readsAsProse(c, true));
        }
        int left = segment.left();
        boolean[] deleted = new boolean[text.length()];
        for (int[] aside : boundaries.asides(text, p0, p1)) {
            for (int i = aside[0]; i < aside[1] - 1; i++) { // keeps one space where the aside stood
                deleted[i] = true;
            }
        }
        for (int[] o : vague) {
            deleteIfLeading(text, deleted, o[0] - s.start(), o[1] - s.start(), left);
        }
        for (OtherDate o : others) {
            // the sentence's other dates are asked by questions of their own, which a date left in view here would
            // answer ("trimmed his 1990 projection" beside "trimmed his _____ projection"): they go where they
            // leave no trace
            int from = o.start() - s.start();
            int to = o.end() - s.start();
            if (standsAlone(text, from, to, o.modifier())) {
                delete(text, deleted, from, to, left);
            }
        }
        String head = !segment.relative() ? ""
                : quoteEnd > 0 && segment.headStart() < quoteEnd // "``...,'' said Josefa Gonzalez, who left Cuba in 1962"
                ? reporterAfterQuote(text.substring(quoteEnd, segment.headEnd())) + " "
                : keep(text, deleted, segment.headStart(), segment.headEnd()) + " ";
        if (segment.relative() && text.startsWith(", who ", segment.headEnd())) {
            // "He succeeds James A. Taylor, who stepped down in March": the one who stepped down is the name
            Matcher name = NAME_AT_END.matcher(head.strip());
            String main = name.find() ? head.strip().substring(0, name.start()) : "";
            if (!main.isEmpty() && (SUBJECT_PRONOUN.matcher(main).lookingAt() || hasVerb(main)) // not "Former prime minister X"
                    && !main.matches("(?s).*(\\p{Lu}\\S* (of|for|and)|\\b[Tt]he) $")) { // nor "the National Council of Churches"
                head = name.group(1) + " ";
            }
        }
        if (segment.relative() && text.startsWith(", which ", segment.headEnd()) && hasVerb(head)) {
            // "Bin Laden is the 455th person placed on the most wanted list, which began in 1950": the list began
            Matcher np = LAST_NOUN_PHRASE.matcher(head.strip());
            if (!np.find()) {
                return Optional.empty();
            }
            head = np.group() + " ";
        }
        String before = head + keep(text, deleted, left, p0);
        String after = keep(text, deleted, p1, segment.right()).replaceFirst("[.!?\"]+$", "");
        if (fact.text().contains(",") && p1 == fact.end() - s.start() && !text.substring(left, p0).isBlank()
                && !SHORT_ASIDE_OPEN.matcher(text.substring(left, p0)).find()) {
            // "broke out on March 3, 1999, in Paris": the comma after the year closes the one inside the date, and
            // goes with it ("When did the fire break out in Paris?"); one that opens the clause keeps its comma, and
            // so does one closing a short aside ("its debentures, due March 15, 2007, have elected")
            after = after.replaceFirst("^,(?=\\s+\\p{Ll})", "");
        }
        if (SAYING_AT_END.matcher(after).find() && text.substring(segment.right()).stripLeading().startsWith(":")) {
            return Optional.empty(); // "Bush yesterday, asked whether ..., replied: ``...''": the words are the fact
        }

        before = VAGUE_LEAD.matcher(CONNECTIVE.matcher(before).replaceFirst("")).replaceFirst("");
        Matcher subordinate = SUBORDINATOR.matcher(before);
        int clauseAt = -1;
        while (subordinate.find()) {
            clauseAt = subordinate.end();
        }
        boolean opening = clauseAt > 0 && before.substring(0, clauseAt).strip().split("\\s+").length == 1;
        if (clauseAt > 0 && REPORT_BEFORE.matcher(before.substring(clauseAt)).matches()) {
            // "Kopp was seen days after a sniper killed Slepian, the Buffalo News reported Friday": the subordinate
            // clause ended at the comma, and Friday is the report's
            clauseAt = -1;
        }
        if (opening) {
            int close = before.indexOf(", ", clauseAt);
            if (close > 0 && hasVerb(before.substring(clauseAt, close)) && hasVerb(before.substring(close + 2))) {
                // "After the leaders met in Geneva, the treaty was signed on Oct. 12": the subordinate clause closed
                // at its comma, and the date is the main clause's
                before = before.substring(close + 2);
                clauseAt = -1;
            }
        }
        if (clauseAt > 0 && endsReducedRelative(before.substring(clauseAt))) {
            return Optional.empty(); // "The man who hurled a grenade seconds before the bomb exploded was identified"
        }
        if (clauseAt > 0 && hasVerb(before.substring(clauseAt)) && (opening || hasVerb(before.substring(0, clauseAt)))) {
            // "The two were removed from the list after Gadhafi agreed in April": April is when Gadhafi agreed;
            // "Slepian was the mainstay of the clinic before he was shot": "he" is the main clause's subject
            String main = before.substring(0, clauseAt);
            Optional<String> mainSubject = opening ? Optional.empty() : subjectOf(main);
            before = before.substring(clauseAt);
            Matcher pronoun = SUBJECT_PRONOUN.matcher(before);
            if (pronoun.lookingAt()) {
                if (mainSubject.isEmpty() || EMBEDDED_CLAUSE.matcher(main).find()) {
                    // "The INS said that it will transfer Elian from the relatives who have cared for him since he
                    // was rescued": with a clause inside the main one, "he" may be anyone it names
                    return Optional.empty();
                }
                before = mainSubject.get() + before.substring(pronoun.end());
            }
            int comma = after.indexOf(',');
            if (opening && comma >= 0) { // "After X agreed in April, the two were removed": the main clause follows
                after = after.substring(0, comma);
            }
        }
        after = cutSecondClause(before, after);
        String attribution = null;
        Matcher attributed = ATTRIBUTION.matcher(before);
        if (attributed.find()) {
            attribution = attributed.group(1);
            before = before.substring(attributed.end());
        }
        Matcher reportedAfter = REPORT_AFTER.matcher(after);
        Matcher reportedHere = REPORT_BEFORE.matcher(before);
        if (reportedHere.matches() && isReporter(reportedHere.group(2)) && hasVerb(reportedHere.group(1))) {
            // "X happened in January, the government reported on Friday": Friday dates the report, so ask
            // "When did the government report that X happened in January?"
            // and the blank stands beside "reported", not after X's verb, where it would date X
            before = reportedHere.group(2) + " " + reportedHere.group(3) + " ";
            after = " that " + nouns.decapitalize(reportedHere.group(1).strip());
        } else if (reportedAfter.matches() && attribution == null && isReporter(reportedAfter.group(1))
                && before.strip().split("\\s+").length >= 3
                && !ADVERBIAL_LEAD.matcher(before.strip()).lookingAt()) { // "In the year ended May 31, X reported": X's clause // "On Friday, Netanyahu said ...": the report is the clause
            // "X happened in January, the government reported ...": the date is X's; the report is the source
            attribution = reportedAfter.group(1);
            after = "";
        }
        Matcher reportedLast = REPORT_LAST.matcher(text.substring(segment.right()));
        if (attribution == null && reportedLast.matches() && isReporter(reportedLast.group(1))) {
            // "Sununu was told Wednesday by Bush's son that ..., the sources said": the claim stays theirs
            attribution = reportedLast.group(1);
        }
        if (GERUND_START.matcher(before).lookingAt()) {
            return Optional.empty(); // "after being found clinging to an inner tube": the cut lost its subject
        }
        if (!quotesBalanced(before) || !quotesBalanced(after)) {
            return Optional.empty(); // a quotation runs across the cut: the question would misquote it
        }
        if (adjectiveSubject(before)) {
            return Optional.empty();
        }
        String phrase = text.substring(p0, p1);
        Clause clause = new Clause(before, phrase, fact.start() - s.start() - p0, fact.end() - s.start() - p0,
                after, attribution, segment.joined());
        boolean cut = left > 0 && !segment.relative(); // the clause starts inside the sentence, not at its subject
        return namePronoun(clause, antecedent).filter(c -> readsAsProse(c, false) && !firstPerson(c) && (!cut || !opensWithVerb(c)));
    }

    /**
     * The whole sentence as the clause, for a blank in the sentence as written when no clause can be cut:
     * only when it stands on its own (the article's words, not a speaker's; prose, with a verb; no pronoun
     * or first person whose referent is in another sentence), since a learner reads it out of its article.
     */
    Optional<Clause> asWritten(DateFact fact) {
        Sentence s = fact.sentence();
        String text = s.text();
        int p0 = fact.phraseStart() - s.start();
        int p1 = fact.phraseEnd() - s.start();
        if (!quotesBalanced(text)) {
            return Optional.empty();
        }
        String narration = QUOTATION.matcher(text).replaceAll(" ");
        boolean named = REPORTED.matcher(narration).find() && !PRONOUN_SPEAKER.matcher(narration).find()
                && (NAME.matcher(narration).find() || DEFINITE_SPEAKER.matcher(narration).find());
        boolean quoted = boundaries.insideQuotes(text, p0);
        if (quoted && !(named && !POINTING.matcher(fact.text()).find())) {
            // a speaker's words are blanked only where they name the date themselves ("in 1990", "in February": a
            // relative one would have to be reworded, misquoting them) and the sentence says who spoke
            return Optional.empty();
        }
        // the sentence's own full stop goes (the cloze adds one); one inside a closing quotation mark stays there
        String after = text.substring(p1).replaceFirst("[.!?]+$", "").replaceFirst(",+(''|\u201d|\")$", "$1");
        Clause clause = new Clause(text.substring(0, p0), text.substring(p0, p1), fact.start() - s.start() - p0,
                fact.end() - s.start() - p0, after, null, false);
        String rest = clause.remainder();
        String own = QUOTATION.matcher(rest).replaceAll(" "); // the article's own words, where a pronoun needs a referent
        boolean standsAlone = !SUBJECT_PRONOUN.matcher(rest).lookingAt() && !OTHER_PRONOUN.matcher(rest).lookingAt()
                && !SPEAKER.matcher(own).find() && (!THIRD_PERSON.matcher(own).find() || NAME.matcher(own).find());
        return standsAlone && hasVerb(rest) && readsAsProse(clause, quoted) && !LISTING.matcher(text).find()
                ? Optional.of(clause) : Optional.empty();
    }

    /**
     * "Albright has invited Geremek to visit. He will then travel to Washington on March 12.": a sentence that leans
     * on the one before for its subject is blanked with that sentence before it, so the learner reads who "He" is
     * (no question names him: the wrong one would teach a falsehood). Only when both are the article's own prose.
     */
    Optional<Clause> withPrevious(DateFact fact, Sentence previous) {
        Sentence s = fact.sentence();
        String text = s.text();
        int p0 = fact.phraseStart() - s.start();
        int p1 = fact.phraseEnd() - s.start();
        String before = previous == null ? "" : previous.text().strip();
        if (previous == null || !SUBJECT_PRONOUN.matcher(text).lookingAt() || SUBJECT_PRONOUN.matcher(before).lookingAt()
                || OTHER_PRONOUN.matcher(before).lookingAt() || !quotesBalanced(text) || !quotesBalanced(before)
                || QUOTATION.matcher(before).find() || boundaries.insideQuotes(text, p0) || !before.matches("(?s).*[.!?]$")) {
            return Optional.empty();
        }
        String after = text.substring(p1).replaceFirst("[.!?]+$", "");
        Clause clause = new Clause(before + " " + text.substring(0, p0), text.substring(p0, p1), fact.start() - s.start() - p0,
                fact.end() - s.start() - p0, after, null, false);
        int words = (clause.before() + clause.phrase() + clause.after()).split("\\s+").length;
        return words <= DateQuestions.MAX_WORDS + 15 && hasVerb(text) && readsAsProse(clause, false) && !firstPerson(clause)
                ? Optional.of(clause) : Optional.empty();
    }

    /** A quotation, in wire or typographic marks. */
    private static final Pattern QUOTATION = Pattern.compile("``.*?''|\u201c.*?\u201d|\".*?\"");
    private static final Pattern REPORTED = Pattern.compile("\\b(said|says|noted|notes|added|adds|told|asked|declared|wrote)\\b");
    /** "Anheuser noted", "The thrift said": a speaker that opens the sentence. */
    private static final Pattern DEFINITE_SPEAKER = Pattern.compile(
            "^\\s*(\\p{Lu}\\p{L}+|[Tt]he\\s+\\p{L}+)\\s+(said|says|noted|notes|added|adds|told|declared|wrote)\\b");
    /** "he said", "said she": the speaker is in another sentence. */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "(?i)\\b(he|she|they|it|we|i)\\s+(said|says|noted|notes|added|adds|told|asked|declared|wrote)\\b"
            + "|\\b(said|says|added|adds|asked)\\s+(he|she|they)\\b");
    /** Words that point at a date rather than name it ("this summer", "today", "Friday"). */
    private static final Pattern POINTING = Pattern.compile("(?i)\\b(this|last|next|ago|earlier|later|today|tonight"
            + "|yesterday|tomorrow|current|past|coming|recent|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /** A first or second person outside quotation marks: whose words they are is not in the sentence. */
    private static final Pattern SPEAKER = Pattern.compile("\\b(I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\\b");
    /** ", due " right before a date: the comma after the date closes this one. */
    private static final Pattern SHORT_ASIDE_OPEN = Pattern.compile(",\\s+(?:\\S+\\s+){0,2}$");

    /** A verb of saying that ends a clause, its words following a colon. */
    private static final Pattern SAYING_AT_END = Pattern.compile(
            "\\b(said|says|replied|replies|added|adds|declared|stated|wrote|told \\S+|answered|explained)\\s*:?\\s*$");

    /** A relative or complement clause: another subject, which a later pronoun may stand for. */
    private static final Pattern EMBEDDED_CLAUSE = Pattern.compile("\\b(who|whom|whose|which|that)\\b");

    /** "he", "they": a sentence that names no one leaves the learner asking who. */
    private static final Pattern THIRD_PERSON = Pattern.compile("\\b([Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Tt]hey|[Tt]hem|[Tt]heir)\\b");
    /** A capitalised word after the sentence's first: a name the pronoun can point at. */
    private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}\\p{L}+");
    /** "Hertz Corp. -- $100 million of senior notes due Nov. 1, 2009": an entry of a listing, not prose. */
    private static final Pattern LISTING = Pattern.compile("(--|\\s_)\\s+[$#\\d]|@");

    /**
     * Where a quotation that opens the sentence closes, when the words after it up to {@code p0} report it
     * ("``...,'' the source said", "``...,'' said a spokesman"); 0 otherwise.
     */
    private int leadingQuotation(String text, int p0) {
        Matcher m = LEADING_QUOTATION.matcher(text);
        if (!m.lookingAt() || m.end() > p0 || !quotesBalanced(text.substring(0, m.end()))) {
            return 0;
        }
        String reporter = text.substring(m.end(), p0);
        return REPORTS.matcher(reporter).find() && quotesBalanced(reporter) ? m.end() : 0;
    }

    /** "said Josefa Gonzalez, " or "Josefa Gonzalez said, " after a quotation: the speaker. */
    private static String reporterAfterQuote(String words) {
        return words.strip().replaceFirst("^(said|says|told reporters)\\s+", "")
                .replaceFirst("\\s+(said|says)$", "").replaceFirst("[,\\s]+$", "");
    }

    /** A person's name ending a phrase after a lower-case word: "succeeds James A. Taylor". */
    private static final Pattern NAME_AT_END = Pattern.compile(
            "(?<=\\p{Ll},? )((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,3}\\p{Lu}[\\p{L}'\u2019-]+)$");

    /** A quotation opening the sentence and closing on a comma (or its own full stop) before its speaker. */
    private static final Pattern LEADING_QUOTATION = Pattern.compile(
            "^(?:``|\u201c|\"|'')(?:(?!''|``)[^\u201c\u201d\"])*?[,.!?]\\s?(?:''|\u201d|\")\\s+");
    private static final Pattern REPORTS = Pattern.compile("\\b(said|says|told|added|asked|declared|predicted)\\b");

    /** The words before the first verb of a main clause, when they name someone: "Slepian" in "Slepian was ...". */
    private Optional<String> subjectOf(String clause) {
        List<String> words = new java.util.ArrayList<>();
        for (String w : clause.strip().split("\\s+")) {
            if (isVerb(w)) {
                break;
            }
            words.add(w);
        }
        String subject = String.join(" ", words).replaceAll(",.*$", "");
        boolean named = !subject.isEmpty() && words.size() <= 8 && !SUBJECT_PRONOUN.matcher(subject).lookingAt()
                && !OTHER_PRONOUN.matcher(subject).lookingAt() && Character.isUpperCase(subject.charAt(0));
        return named ? Optional.of(subject) : Optional.empty();
    }

    /** "the government", "Kenya's national newspapers"; not "they have", "indeed", "the FBI chief also". */
    private boolean isReporter(String words) {
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        return !lower.matches("(he|she|it|they|we|i|you|this|that|there|indeed|also|however|then)\\b.*")
                && !lower.matches(".*\\b(also|then|later|however|indeed|still|again)$") && !words.matches(".*\\d.*")
                && Arrays.stream(lower.split(" ")).noneMatch(verbs::isAuxiliary);
    }

    /**
     * "Stocks rose, leaving the index near its record high set on Aug. 6", "the company sold the unit it bought in
     * May", "gains that began last fall": a second verb stands between the clause's own and the date, so the date is
     * that later verb's, and a question cut on the clause's verb would date the wrong event. Only a blank is asked.
     */
    boolean laterVerbOwnsDate(Clause clause) {
        Matcher relative = RESTRICTIVE_RELATIVE.matcher(clause.before());
        if (relative.find() && !REPORTED.matcher(clause.before().substring(0, relative.start())).find()
                && relative.start() > 0) {
            return true; // "oversees the consent decree that broke up the Bell system in 1984": the breaking up's year
        }
        int groups = 0;
        boolean inGroup = false;
        String previous = "";
        for (String w : clause.before().strip().split("\\s+")) {
            // "the most wanted list", "a newly elected parliament": a participle after a determiner is an adjective
            boolean verb = isVerb(w) && !ADJECTIVE_LEAD.matcher(previous).matches();
            previous = w;
            if (verb && !inGroup) {
                if (groups == 0 && REPORTED.matcher(w).find()) {
                    return false; // "X said the rights will end on Nov. 30": the saying's clause is asked as such
                }
                groups++;
            }
            inGroup = verb && !w.endsWith(",");
        }
        return groups >= 2;
    }

    /** "the decree that broke up", "a man who fled": a relative clause, with its own verb, inside the clause. */
    private static final Pattern RESTRICTIVE_RELATIVE = Pattern.compile("\\s(?:that|which|who)\\s+(?:\\S+\\s+){0,2}?(?:"
            + "had|has|have|was|were|is|are|will|would|\\p{Ll}{3,}ed|began|broke|came|fled|fell|fought|left|led|made|met"
            + "|ran|rose|sold|struck|took|won|wrote|went|built|brought|held)\\b");

    private static final Pattern ADJECTIVE_LEAD = Pattern.compile(
            "(?i)the|a|an|its|their|his|her|our|most|more|less|least|very|well|newly|recently|\\S+['\u2019]s");

    /** "However, the segment, while profitable, was hurt": a cut that left an adjective where the subject was. */
    private boolean adjectiveSubject(String before) {
        String[] w = before.strip().split("\\s+");
        return w.length >= 2 && isVerb(w[1]) && w[0].matches("\\p{Ll}+(able|ible|ful|ive|ous|ic|ant|ent),?");
    }

    /** A clause has a finite verb ("an official said ..."); "Contrary to other reports" does not. */
    private boolean hasVerb(String clause) {
        return Arrays.stream(clause.split("\\s+")).anyMatch(this::isVerb)
                || clause.matches("(?s).*\\b(is|are|has|have|will|would|may|might|can|could|must)\\b.*");
    }

    /** Every quotation the text opens it also closes, so a prompt made of it quotes whole words. */
    static boolean quotesBalanced(String text) {
        return count(text, "``") + count(text, "\u201c") == count(text, "''") + count(text, "\u201d")
                && count(text, "\"") % 2 == 0;
    }

    private static int count(String text, String mark) {
        int n = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
            n++;
        }
        return n;
    }

    /** Tables, listings and fragments ("@ CORPORATES Sun Inc. -- $125 million ...") are not asked from. */
    private boolean readsAsProse(Clause clause, boolean quoted) {
        String rest = clause.remainder();
        return (rest.matches("[\\p{L}\\p{N}].*") || quoted) && rest.split("\\s+").length >= 3 && !rest.contains("--")
                && !rest.contains("@") && !rest.contains("(AP)") && !rest.contains("_ ");
    }

    /**
     * "the bomb exploded was positively identified": a past verb straight before an auxiliary, so the words
     * after a subordinator are not one clause but the end of one and the main clause's verb.
     */
    private boolean endsReducedRelative(String words) {
        String[] w = words.strip().split("\\s+");
        for (int i = 0; i + 1 < w.length; i++) {
            if (isVerb(w[i]) && !verbs.isAuxiliary(w[i]) && verbs.isAuxiliary(w[i + 1].replaceAll("[^\\p{L}]", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "New announcements put out on Aug. 13 suggest only caution": a participle after a noun, dated, then the main
     * verb. The date belongs to the reduced relative inside the subject, so no question on the main verb is cut.
     */
    private boolean reducedRelativeAround(String text, int p0, int p1) {
        String[] before = text.substring(0, p0).strip().split("\\s+");
        int i = before.length - 1;
        if (i > 0 && PARTICLE.matcher(before[i]).matches()) {
            i--;
        }
        if (i < 1 || !verbs.isSimplePast(before[i]) || isVerb(before[i - 1]) || before[i - 1].matches("(?i)been|being|be|not|to|get|got")) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(text.substring(p1));
        if (!next.lookingAt()) {
            return false;
        }
        String w = next.group(1);
        return verbs.isSimplePast(w) || verbs.isAuxiliary(w) || MAIN_VERB.matcher(w).matches();
    }

    /**
     * The reduced relative as a clause of its own: "new public announcements put out on Aug. 13" becomes "new public
     * announcements were put out on Aug. 13", so "When were new public announcements put out?". Empty when the noun
     * phrase before the participle is not plain (a verb, a preposition or a pronoun in it).
     */
    private Optional<Clause> reducedRelative(DateFact fact, String text, int p0, int p1) {
        String[] words = text.substring(0, p0).strip().split("\\s+");
        int i = words.length - 1;
        String participle = words[i];
        if (PARTICLE.matcher(participle).matches()) {
            participle = words[--i] + " " + participle;
        }
        int start = i;
        while (start > 0 && !NOT_IN_NOUN_PHRASE.matcher(words[start - 1]).matches() && !isVerb(words[start - 1])
                && !words[start - 1].endsWith(",")) {
            start--;
        }
        List<String> np = Arrays.asList(words).subList(start, i);
        if (np.isEmpty() || np.size() > 6 || SUBJECT_PRONOUN.matcher(np.get(0)).matches()
                || OTHER_PRONOUN.matcher(np.get(0)).matches()) {
            return Optional.empty();
        }
        String head = np.get(np.size() - 1);
        String be = fact.planned() ? "will be" : head.endsWith("s") && !head.endsWith("ss") ? "were" : "was";
        String before = String.join(" ", np) + " " + be + " " + participle + " ";
        return Optional.of(new Clause(before, text.substring(p0, p1), fact.start() - fact.sentence().start() - p0,
                fact.end() - fact.sentence().start() - p0, "", null, false));
    }

    /**
     * "Rescued Nov. 25 by fishermen, Elian has become the subject of a custody battle": a sentence that opens with a
     * dated participle phrase says what was done to the main clause's subject, so "When was Elian rescued by
     * fishermen?". Empty unless the phrase ends at a comma and the subject after it is a plain noun phrase before
     * its verb (a pronoun names no one here).
     */
    private Optional<Clause> frontedParticiple(DateFact fact, String text, int p0, int p1) {
        Matcher connective = CONNECTIVE.matcher(text);
        int from = connective.lookingAt() ? connective.end() : 0; // "However, cited by police in December, Farkas ..."
        Matcher opening = FRONTED.matcher(text).region(from, text.length());
        int comma = text.indexOf(',', p1);
        if (!opening.lookingAt() || opening.end() > p0 || comma < 0 || text.substring(from, p0).contains(",")
                || !(verbs.isSimplePast(opening.group(1).toLowerCase(java.util.Locale.ROOT)) || opening.group(1).equalsIgnoreCase("born"))
                || !quotesBalanced(text.substring(0, comma))) {
            return Optional.empty();
        }
        List<String> subject = new java.util.ArrayList<>();
        boolean verbFound = false;
        for (String w : text.substring(comma + 1).strip().split("\\s+")) {
            if (isVerb(w) || w.matches("(?i)has|have|had|is|are|was|were|will|would|may|can|could|must|should")) {
                verbFound = true;
                break;
            }
            if (w.contains(",") || NOT_IN_NOUN_PHRASE.matcher(w).matches() && !w.equals("of") && !w.equals("and")) {
                return Optional.empty(); // "Founded in 1950, in Paris, ...", "..., which": no plain subject
            }
            subject.add(w);
        }
        if (!verbFound || subject.isEmpty() || subject.size() > 8 || SUBJECT_PRONOUN.matcher(subject.get(0)).matches()
                || OTHER_PRONOUN.matcher(subject.get(0)).matches()) {
            return Optional.empty();
        }
        String noun = String.join(" ", subject);
        String head = subject.get(subject.size() - 1);
        boolean plural = noun.contains(" and ") || head.endsWith("s") && !head.endsWith("ss") && !Character.isUpperCase(head.charAt(0));
        String be = fact.planned() ? "will be" : plural ? "were" : "was";
        String before = noun + " " + be + " " + Character.toLowerCase(text.charAt(from)) + text.substring(from + 1, p0);
        return Optional.of(new Clause(before, text.substring(p0, p1), fact.start() - fact.sentence().start() - p0,
                fact.end() - fact.sentence().start() - p0, text.substring(p1, comma), null, false));
    }

    /** A sentence's first word as a participle: "Rescued", "Born", "Elected" (after a connective, "cited"). */
    private static final Pattern FRONTED = Pattern.compile("(\\p{L}\\p{Ll}+)\\s");

    private static final Pattern NOT_IN_NOUN_PHRASE = Pattern.compile(
            "(?i)if|that|whether|which|who|and|or|but|of|in|on|at|for|with|by|from|to|as|than|when|after|before|since");
    private static final Pattern PARTICLE = Pattern.compile("out|up|off|down|back|over");
    private static final Pattern NEXT_WORD = Pattern.compile(",?\\s+(\\p{Ll}+)\\b");
    private static final Pattern MAIN_VERB = Pattern.compile(
            "says?|suggests?|shows?|remains?|includes?|indicates?|calls?|urges?|warns?|makes?|gives?|allows?|requires?");

    /** "..., and was found abandoned at the airport in December": a cut that lost its subject. */
    /** "I was pleased that ...": a speaker's first person, with no quotation marks to show whose words. */
    private static boolean firstPerson(Clause clause) {
        return clause.remainder().matches("(?s)^(I|I'm|I've|I'd|My)\\b.*");
    }

    private boolean opensWithVerb(Clause clause) {
        String first = clause.remainder().split("[\\s,]+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return verbs.isAuxiliary(first) || verbs.isSimplePast(first) || first.matches("\\p{L}{3,}ing"); // "including a rifle"
    }

    /** "X have taken part in it and more than 100 have been killed": the date belongs to the first clause only. */
    private String cutSecondClause(String before, String after) {
        Matcher and = AND.matcher(after);
        while (and.find()) {
            String[] next = after.substring(and.end()).split("\\s+");
            boolean verbAhead = false;
            for (int i = 1; i < Math.min(next.length, 6) && !verbAhead; i++) {
                verbAhead = isVerb(next[i]);
            }
            String left = before + " " + after.substring(0, and.start());
            String[] behind = left.strip().split("\\s+");
            if (next.length > 0 && capitalised(behind[behind.length - 1]) && capitalised(next[0])) {
                continue; // "the facilities raided in Sudan and Afghanistan had played key roles": two names, one subject
            }
            boolean verbBehind = Arrays.stream(left.split("\\s+")).skip(1).anyMatch(this::isVerb);
            int that = left.lastIndexOf(" that ");
            boolean thatClauseOpen = that >= 0 && !hasPredicate(left.substring(that + 6)); // "said that the raid on
            // Afghanistan and Sudan is not linked": the "and" joins two nouns of a clause whose verb is ahead
            if (verbAhead && verbBehind && !thatClauseOpen) {
                return after.substring(0, and.start());
            }
        }
        return after;
    }

    /** A verb of the clause's own: not "-ed" after an article ("James Kopp, an impassioned and nomadic opponent"). */
    private boolean hasPredicate(String words) {
        String[] w = words.strip().split("\\s+");
        for (int i = 0; i < w.length; i++) {
            boolean adjective = i > 0 && w[i - 1].matches("(?i)a|an|the|his|her|its|their|most|more|well|so");
            if (!adjective && isVerb(w[i])) {
                return true;
            }
        }
        return words.matches("(?s).*\\b(is|are|has|have|will|would|may|might|can|could|must)\\b.*");
    }

    private static boolean capitalised(String word) {
        String w = word.replaceAll("^[^\\p{L}]+", "");
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private boolean isVerb(String word) {
        return verbs.isFiniteWord(word);
    }

    /**
     * Replaces a leading subject pronoun by the previous sentence's subject (the generator gives none for a "He" or
     * "She" whose sentence before names someone else); an expletive "it" and other leading pronouns are not clean.
     */
    private Optional<Clause> namePronoun(Clause clause, Optional<String> antecedent) {
        String first = clause.remainder();
        if (OTHER_PRONOUN.matcher(first).find()) {
            return Optional.empty();
        }
        Matcher m = SUBJECT_PRONOUN.matcher(first);
        if (!m.find()) {
            return Optional.of(clause);
        }
        if (antecedent.isEmpty() || EXPLETIVE_IT.matcher(first).lookingAt()) {
            return Optional.empty();
        }
        String name = antecedent.get();
        if (!clause.before().isBlank()) {
            String before = SUBJECT_PRONOUN.matcher(clause.before().stripLeading()).replaceFirst(Matcher.quoteReplacement(name));
            return Optional.of(new Clause(before, clause.phrase(), clause.factStart(), clause.factEnd(),
                    clause.after(), clause.attribution(), clause.joined()));
        }
        String after = clause.after().replaceFirst("(?i)^(\\s*,?\\s*)(They|It|He|She|We)\\b",
                "$1" + Matcher.quoteReplacement(name));
        return Optional.of(new Clause(clause.before(), clause.phrase(), clause.factStart(), clause.factEnd(),
                after, clause.attribution(), clause.joined()));
    }

    /**
     * Whether a date can leave the sentence without a trace: a modifier inside a noun phrase ("the Aug. 7 bombings"),
     * or a date that only says when ("on Sunday", "who yesterday trimmed"); not one that completes the words before it
     * ("lower than a year ago"), nor one end of "X and Y", "from X to Y", "X's".
     */
    static boolean standsAlone(String text, int from, int to, boolean modifier) {
        String before = text.substring(0, from);
        String phrase = text.substring(from, to);
        Matcher adjunct = ADJUNCT_PREPOSITION.matcher(before);
        boolean prepositional = adjunct.find();
        String lead = prepositional ? before.substring(0, adjunct.start()) : before;
        if ((prepositional || ADJUNCT_START.matcher(phrase).lookingAt()) && lead.endsWith(", ") && text.startsWith(", ", to)
                && !COORDINATED_AFTER.matcher(text.substring(to)).lookingAt()) {
            return true; // "another sister, Georgina, in 1983, followed by ...": an aside between commas
        }
        if (prepositional) {
            before = lead;
        } else if (ARGUMENT_BEFORE.matcher(before).find()) {
            return false; // "lower than a year ago", "the quarter ended Aug. 26", "of record Nov. 16", "for the quarter"
        } else if (!modifier && !ADJUNCT_START.matcher(phrase).lookingAt() && !BARE_ADVERBIAL.matcher(phrase).find()) {
            return false; // "its net loss for the seasonally slow third quarter": inside a noun phrase
        }
        return !COORDINATED_BEFORE.matcher(before).find() && !COORDINATED_AFTER.matcher(text.substring(to)).lookingAt();
    }

    /** A date that says when with no preposition: "said Tuesday", "who yesterday trimmed", "11 days ago", "a year earlier". */
    private static final Pattern BARE_ADVERBIAL = Pattern.compile(
            "(?i)^(yesterday|today|tomorrow|tonight|last|this|next|earlier|later|(mon|tues|wednes|thurs|fri|satur|sun)day)\\b"
            + "|\\b(ago|earlier|later)$");
    private static final Pattern ADJUNCT_START = Pattern.compile("(?i)(in|on|at|during|since|over)\\s");
    /** The prepositions of a date that only says when; the phrase goes with them. */
    private static final Pattern ADJUNCT_PREPOSITION = Pattern.compile("(?i)\\b(in|on|at|during|since|over)\\s+$");
    /** Words after which a date completes the phrase before it, so it cannot go. */
    private static final Pattern ARGUMENT_BEFORE = Pattern.compile(
            "(?i)\\b(than|ended|ending|record|due|effective|with|versus|from|to|of|for|between|through|until|till|by|as"
            + "|before|after|about|around|expire|expires|expired)\\s+$");

    private static final Pattern COORDINATED_BEFORE = Pattern.compile("(?i)(\\band|\\bor|\\bbetween|\\bfrom|,|-|\u2013)\\s*$");
    private static final Pattern COORDINATED_AFTER = Pattern.compile(
            "(?i)(['\u2019]s\\b|\\s*(-|\u2013|and\\b|or\\b|to\\b|through\\b|until\\b)"
            + "|\\s*,\\s*(\\d|and\\b|or\\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d))");

    /** A vague phrase that opens the clause ("In recent years, ") goes, with its comma. */
    private void deleteIfLeading(String text, boolean[] deleted, int from, int to, int clauseStart) {
        if (from < clauseStart || !isBlankOrPrep(text.substring(clauseStart, from))
                || text.startsWith("'s", to) || text.startsWith("\u2019s", to)
                || PERIOD_ENDED.matcher(text.substring(to)).lookingAt()) {
            return;
        }
        delete(text, deleted, clauseStart, to, clauseStart);
    }

    /** "For the year ended Sept. 30, ...": the period is what the date after it ends, not a vague lead to drop. */
    /** A preposition opens an adverbial, not a clause that a reporter after it could be reporting. */
    private static final Pattern ADVERBIAL_LEAD = Pattern.compile("(?i)(in|for|during|on|at|by|since|until|after|before)\\s");
    private static final Pattern PERIOD_ENDED = Pattern.compile("\\s+(ended|ending|beginning|starting|through)\\b");

    private boolean isBlankOrPrep(String s) {
        return s.isBlank() || s.strip().matches("(?i)(in|at|on|for|during|since|over|by|until)( the)?");
    }

    /** Marks a phrase deleted with its preposition and one separating comma or space. */
    static void delete(String text, boolean[] deleted, int from, int to, int clauseStart) {
        if (from < clauseStart) {
            return;
        }
        Matcher prep = TRAILING_PREPOSITION.matcher(text.substring(clauseStart, from));
        if (prep.find()) {
            from = clauseStart + prep.start();
        }
        int end = to;
        if (from > clauseStart + 1 && text.startsWith(", ", from - 2) && text.startsWith(", ", to)) {
            from -= 2; // "Georgina, in 1983, followed": the aside goes with one of its commas
        } else if (from > clauseStart && text.charAt(from - 1) == ' ') {
            from--; // "the rifle found 11 days ago, the police said": the comma stays with what follows
        } else {
            if (end < text.length() && text.charAt(end) == ',') {
                end++;
            }
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
        }
        for (int i = from; i < end; i++) {
            deleted[i] = true;
        }
    }

    /** The text between {@code from} and {@code to} without what {@link #delete} marked. */
    static String keep(String text, boolean[] deleted, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!deleted[i]) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
