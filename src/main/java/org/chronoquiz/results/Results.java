package org.chronoquiz.results;

import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionDao;
import org.chronoquiz.questions.QuestionStatus;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What an instructor learns from learners' work on a deck: how each question performs, and each learner's progress. */
public final class Results {
    /** The most-given wrong answers shown per question. */
    static final int WRONG_ANSWERS = 3;

    private final Jdbi jdbi;

    public Results(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The deck's questions learners could have seen (drafts never were), in article order, with the audience's work. */
    public List<ItemReport> items(long deckId, ResultsDao.Audience audience) {
        return jdbi.withHandle(h -> {
            ResultsDao dao = h.attach(ResultsDao.class);
            List<Question> questions = h.attach(QuestionDao.class).listByDeck(deckId).stream()
                    .filter(q -> q.status() != QuestionStatus.DRAFT).toList();
            Map<Long, List<FirstAttempt>> firsts = firstAttempts(dao.answers(deckId, audience));
            Map<Long, ResultsDao.CardRow> cards = dao.cards(deckId, audience).stream()
                    .collect(Collectors.toMap(ResultsDao.CardRow::questionId, Function.identity()));
            Map<Long, ResultsDao.RetentionRow> retention = dao.retention(deckId, audience).stream()
                    .collect(Collectors.toMap(ResultsDao.RetentionRow::questionId, Function.identity()));
            List<ItemReport> out = new ArrayList<>();
            for (Question q : questions) {
                List<FirstAttempt> attempts = firsts.getOrDefault(q.id(), List.of());
                var stats = ItemStatistics.of(attempts.stream().map(FirstAttempt::attempt).toList());
                var card = cards.get(q.id());
                var kept = retention.get(q.id());
                out.add(new ItemReport(q, stats, wrongAnswers(q, attempts), card == null ? 0 : card.learners(),
                        kept == null ? 0 : kept.reviews(),
                        kept == null || kept.reviews() == 0 ? null : 100.0 * kept.recalled() / kept.reviews(),
                        card == null ? null : card.difficulty()));
            }
            return out;
        });
    }

    public List<ResultsDao.LearnerRow> learners(ResultsDao.Audience audience) {
        return jdbi.withHandle(h -> h.attach(ResultsDao.class).learners(audience));
    }

    private record FirstAttempt(ItemStatistics.Attempt attempt, String given) {
    }

    /**
     * For each question, each learner's first answer to it (the earliest quiz that asked it), with the rest of
     * that quiz: the mean credit of the other questions answered in it.
     */
    private static Map<Long, List<FirstAttempt>> firstAttempts(List<ResultsDao.AnswerRow> answers) {
        Map<Long, List<ResultsDao.AnswerRow>> byQuiz = new LinkedHashMap<>();
        answers.forEach(a -> byQuiz.computeIfAbsent(a.quizId(), k -> new ArrayList<>()).add(a));
        Map<Long, Map<Long, FirstAttempt>> byQuestion = new HashMap<>(); // question -> learner -> first attempt
        for (List<ResultsDao.AnswerRow> quiz : byQuiz.values()) { // in order of start: the first seen is the first
            double total = quiz.stream().mapToDouble(ResultsDao.AnswerRow::credit).sum();
            for (ResultsDao.AnswerRow a : quiz) {
                Double rest = quiz.size() < 2 ? null : (total - a.credit()) / (quiz.size() - 1);
                byQuestion.computeIfAbsent(a.questionId(), k -> new LinkedHashMap<>())
                        .putIfAbsent(a.userId(), new FirstAttempt(new ItemStatistics.Attempt(a.credit(), rest), a.given()));
            }
        }
        Map<Long, List<FirstAttempt>> out = new HashMap<>();
        byQuestion.forEach((q, learners) -> out.put(q, List.copyOf(learners.values())));
        return out;
    }

    /** The wrong answers given most, most first; a timeline's or matching's answer is a list, not worth showing. */
    private static List<ItemReport.WrongAnswer> wrongAnswers(Question q, List<FirstAttempt> attempts) {
        if (q.type().equals("timeline") || q.type().equals("matching")) {
            return List.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        attempts.stream().filter(a -> a.attempt().mark() == 0).forEach(a -> counts.merge(a.given(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(WRONG_ANSWERS).map(e -> new ItemReport.WrongAnswer(e.getKey(), e.getValue())).toList();
    }
}
