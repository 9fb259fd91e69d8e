package org.chronoquiz.quizzes;

/** A quiz a learner started on one deck. {@code score} is the sum of credits so far. */
public record Quiz(long id, long userId, long deckId, String deckTitle, int size, long startedAt, Long finishedAt,
                   int answered, double score) {
    public boolean finished() {
        return finishedAt != null;
    }

    public int percent() {
        return size == 0 ? 0 : (int) Math.round(100.0 * score / size);
    }
}
