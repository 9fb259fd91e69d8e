package org.chronoquiz.quizzes;

/** What a learner answered to one question of a quiz, and which version of the question they answered. */
public record AnswerRecord(long questionId, int questionVersion, String given, double credit, long answeredAt) {
}
