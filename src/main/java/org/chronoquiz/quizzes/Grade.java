package org.chronoquiz.quizzes;

/**
 * The verdict on one answer.
 *
 * @param credit   0, 0.5 (the right year without the month, or the like) or 1
 * @param feedback what to tell the learner, in a sentence
 */
public record Grade(double credit, String feedback) {
    public boolean correct() {
        return credit >= 1.0;
    }

    /** What the feedback says beyond the verdict a page already shows in bold ("Read as: July 1944."). */
    public String detail() {
        return feedback.startsWith("Correct.") ? feedback.substring("Correct.".length()).trim() : feedback;
    }
}
