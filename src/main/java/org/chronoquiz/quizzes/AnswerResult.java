package org.chronoquiz.quizzes;

import org.chronoquiz.questions.Question;

/** The outcome of answering one question: the grade, and the question with its answer and source. */
public record AnswerResult(Question question, String given, Grade grade, boolean quizFinished) {
}
