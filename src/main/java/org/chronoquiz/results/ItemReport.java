package org.chronoquiz.results;

import org.chronoquiz.questions.Question;

import java.util.List;

/**
 * One question's line in the results: its item statistics from quizzes, the wrong answers learners give most,
 * and from flashcards how well learners remember it (true retention) and how hard FSRS finds it.
 */
public record ItemReport(Question question, ItemStatistics stats, List<WrongAnswer> wrongAnswers, int cardLearners,
                         int cardReviews, Double retention, Double difficulty) {

    /** A wrong answer and how many learners gave it on their first attempt. */
    public record WrongAnswer(String given, int learners) {
    }
}
