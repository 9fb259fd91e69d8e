package org.chronoquiz.quizzes;

import org.chronoquiz.questions.Question;

import java.util.Locale;

/**
 * Whether two questions may not share a quiz because one gives the other away: they come from the same
 * sentence (a cloze shows it, and feedback quotes it), they have the same date for answer, or one's prompt
 * or event choices contain the other's answer ("Which of these happened in July 1944?" answers "When were
 * relations established?").
 */
final class Siblings {

    private Siblings() {
    }

    static boolean giveAway(Question a, Question b) {
        boolean sameSentence = a.sourceSentence() != null && a.sourceSentence().equals(b.sourceSentence());
        // eleven questions answered "March 12, 1999" make a dull quiz, and each one's feedback answers the rest
        boolean sameDate = a.answerValue() != null && a.answerValue().equals(b.answerValue())
                && !a.type().equals("timeline") && !b.type().equals("timeline");
        return sameSentence || sameDate || shows(a, b) || shows(b, a);
    }

    /** Whether what {@code shown} puts in front of the learner contains an answer of {@code asked}. */
    private static boolean shows(Question shown, Question asked) {
        if (asked.type().equals("timeline")) {
            return false; // its answer is an order, which no single event's wording gives away
        }
        String text = (shown.prompt() + "\n" + (eventChoices(shown) ? String.join("\n", shown.choices()) : ""))
                .toLowerCase(Locale.ROOT);
        String answer = asked.answer().strip().toLowerCase(Locale.ROOT);
        return answer.length() > 3 && text.contains(answer);
    }

    /** Event choices are facts of the article; a date question's choices are mostly made up. */
    private static boolean eventChoices(Question q) {
        return q.type().equals("what_happened") || q.type().equals("timeline");
    }
}
