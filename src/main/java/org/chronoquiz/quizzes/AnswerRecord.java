package org.chronoquiz.quizzes;

/** What a learner answered to one question of a quiz. */
public record AnswerRecord(long questionId, String given, double credit, long answeredAt) {
}
