package org.chronoquiz.generation;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.DateWording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** The three questions every dated fact gets: multiple-choice "when", typed answer, and cloze. */
final class DateQuestions {
    private final Distractors distractors;
    private final Shuffler shuffler;
    private final QuestionPhraser phraser;

    DateQuestions(Distractors distractors, Shuffler shuffler, QuestionPhraser phraser) {
        this.distractors = distractors;
        this.shuffler = shuffler;
        this.phraser = phraser;
    }

    List<QuestionDraft> forFact(PreparedFact p, LocalDate published, ProperNouns nouns) {
        DateFact fact = p.fact();
        String answer = DateWording.format(fact.date());
        String question = opening(p, nouns);
        List<QuestionDraft> out = new ArrayList<>();

        String whenKey = key("when", fact);
        Random random = shuffler.random(whenKey);
        List<DateValue> wrong = distractors.pick(fact.date(), published, fact.listMates(), random, 3);
        if (wrong.size() == 3) {
            List<String> choices = new ArrayList<>(wrong.stream().map(DateWording::format).toList());
            choices.add(answer);
            out.add(new QuestionDraft(whenKey, "when", question, answer, fact.value(),
                    shuffler.shuffle(choices, random), p.source()));
        }
        out.add(new QuestionDraft(key("typed", fact), "typed",
                question + " " + DateWording.hint(fact.date()),
                answer, fact.value(), List.of(), p.source()));
        String cloze = phraser.cloze(p.clause());
        out.add(new QuestionDraft(key("cloze", fact), "cloze",
                p.lead().isEmpty() ? cloze : p.lead() + nouns.decapitalize(cloze),
                fact.text(), fact.value(), List.of(), p.source()));
        return out.stream().filter(q -> !Answers.givenAway(q.prompt(), fact)).toList();
    }

    /** The lead, then for a list item the dates excluded, then the question. */
    private String opening(PreparedFact p, ProperNouns nouns) {
        String besides = "";
        if (p.fact().inList()) {
            List<String> others = p.fact().listMates().stream().map(DateWording::format).toList();
            String joined = others.size() == 1 ? others.get(0)
                    : others.subList(0, others.size() - 1).stream().collect(Collectors.joining(", "))
                    + " and " + others.get(others.size() - 1);
            besides = "besides " + joined + ", ";
        }
        String start = p.lead() + besides;
        String text = start.isEmpty() ? p.when() : start + nouns.decapitalize(p.when());
        return ProperNouns.capitalize(text);
    }

    static String key(String type, DateFact fact) {
        return type + "-" + fact.start() + "-" + fact.end();
    }
}
