package org.chronoquiz.generation;

import org.chronoquiz.articles.Article;
import org.chronoquiz.timex.Te3Corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Questions scored against gold TIMEX3 annotation, by the definitions of {@code ../shared/tools/gencheck.py}
 * (a port, so the build can score in-process in seconds; {@code GencheckIT} runs the script itself on the jar
 * and checks that both agree):
 * key accuracy over date questions whose span overlaps a gold timex of the same value; coverage of the gold
 * DATE timexes with a fully specified value; choice faults; the most questions on one sentence.
 */
record GenerationScore(int dateQuestions, int rightKeys, int askable, int covered, int choiceQuestions,
                       int choiceFaults, int mostOnOneSentence, int siblingLeaks, List<String> faults) {

    private static final Pattern ASKABLE = Pattern.compile("^\\d{4}(-(\\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(-\\d{2})?)?$");
    private static final Set<String> DATE_TYPES = Set.of("when", "typed", "cloze");

    static GenerationScore of(QuestionGenerator generator, List<Te3Corpus.Doc> docs) {
        int n = 0, ok = 0, ask = 0, cov = 0, mcq = 0, bad = 0, most = 0, leaks = 0;
        List<String> faults = new ArrayList<>();
        for (Te3Corpus.Doc doc : docs) {
            List<QuestionDraft> qs = generator.generate(new Article(doc.id(), doc.id(), "", doc.dct(), false, doc.text()));
            List<Te3Corpus.Gold> gold = doc.gold();
            Set<Integer> coveredHere = new HashSet<>();
            Map<String, Integer> perSentence = new HashMap<>();
            for (QuestionDraft q : qs) {
                perSentence.merge(q.source().sentence(), 1, Integer::sum);
                if (q.type().equals("when") && !q.choices().isEmpty()) {
                    mcq++;
                    if (!q.choices().contains(q.answer()) || new HashSet<>(q.choices()).size() != q.choices().size()) {
                        bad++;
                        faults.add(doc.id() + ": choices " + q.choices() + " for " + q.answer());
                    }
                }
                if (!DATE_TYPES.contains(q.type()) || q.answerValue() == null) {
                    continue;
                }
                n++;
                int s = q.source().start();
                int e = q.source().end();
                List<Integer> hit = new ArrayList<>();
                for (int i = 0; i < gold.size(); i++) {
                    if (gold.get(i).start() < e && s < gold.get(i).end()) {
                        hit.add(i);
                    }
                }
                if (hit.stream().anyMatch(i -> gold.get(i).value().equals(q.answerValue()))) {
                    ok++;
                    coveredHere.addAll(hit);
                } else {
                    faults.add(doc.id() + ": " + q.type() + " key " + q.answerValue() + " for '" + doc.text().substring(s, e) + "' (gold "
                            + hit.stream().map(i -> gold.get(i).value()).toList() + ") in: " + q.source().sentence());
                }
            }
            for (int i = 0; i < gold.size(); i++) {
                Te3Corpus.Gold g = gold.get(i);
                if (g.type().equals("DATE") && ASKABLE.matcher(g.value()).matches()) {
                    ask++;
                    if (coveredHere.contains(i)) {
                        cov++;
                    } else {
                        faults.add(doc.id() + ": no question on '" + doc.text().substring(g.start(), g.end()) + "' ("
                                + g.value() + ") in: " + around(doc.text(), g.start(), g.end()));
                    }
                }
            }
            most = Math.max(most, perSentence.values().stream().mapToInt(Integer::intValue).max().orElse(0));
            for (QuestionDraft shown : qs) {
                for (QuestionDraft asked : qs) {
                    if (shown != asked && showsAnswerOf(shown, asked, doc.text())) {
                        leaks++;
                        faults.add(doc.id() + ": leak: '" + doc.text().substring(asked.source().start(), asked.source().end())
                                + "' (" + asked.type() + ") shown in " + shown.type() + ": " + shown.prompt());
                    }
                }
            }
        }
        return new GenerationScore(n, ok, ask, cov, mcq, bad, most, leaks, faults);
    }

    /**
     * Whether {@code shown}'s prompt gives {@code asked}'s date in the words the article writes it ("the Aug. 7
     * bombings" beside "the _____ bombings"); a quiz keeps such siblings apart, a bank read as one list does not.
     */
    private static boolean showsAnswerOf(QuestionDraft shown, QuestionDraft asked, String text) {
        if (!DATE_TYPES.contains(asked.type()) || asked.source().start() == shown.source().start()) {
            return false;
        }
        String words = text.substring(asked.source().start(), asked.source().end());
        return words.length() > 3 && Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(words) + "(?![\\p{L}\\d])")
                .matcher(shown.prompt()).find();
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 80), Math.min(text.length(), end + 60)).replace('\n', ' ');
    }

    double keyAccuracy() {
        return dateQuestions == 0 ? 0 : (double) rightKeys / dateQuestions;
    }

    double coverage() {
        return askable == 0 ? 0 : (double) covered / askable;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "key accuracy %.3f (%d/%d); coverage %.3f (%d/%d); choice faults %d/%d; "
                + "at most %d questions on one sentence; %d sibling leaks", keyAccuracy(), rightKeys, dateQuestions, coverage(),
                covered, askable, choiceFaults, choiceQuestions, mostOnOneSentence, siblingLeaks);
    }
}
