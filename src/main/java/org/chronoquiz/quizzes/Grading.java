package org.chronoquiz.quizzes;

import org.chronoquiz.questions.Question;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Grades answers. Pure: a question and what the learner gave, in; a grade, out.
 * Dates are graded tolerantly: any way of writing the right date is right, and the right
 * year without the month, quarter or season (or the right month without the day) earns half credit, said so.
 */
public final class Grading {

    public Grade grade(Question question, String given) {
        String answer = given == null ? "" : given.trim();
        if (answer.isEmpty()) {
            return new Grade(0, "No answer given. The answer is " + question.answer() + ".");
        }
        return switch (question.type()) {
            case "when", "what_happened" -> choice(question, answer);
            case "timeline" -> order(question, answer);
            default -> typed(question, answer);
        };
    }

    private static Grade choice(Question q, String answer) {
        return answer.equals(q.answer())
                ? new Grade(1, "Correct.")
                : new Grade(0, "Not quite. The answer is " + q.answer() + ".");
    }

    /** A timeline answer is the events, one per line, in the order the learner put them. */
    private static Grade order(Question q, String answer) {
        List<String> expected = q.answer().lines().map(String::trim).toList();
        List<String> got = answer.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (got.equals(expected)) {
            return new Grade(1, "Correct: that is the order in which they happened.");
        }
        int inPlace = 0;
        for (int i = 0; i < Math.min(got.size(), expected.size()); i++) {
            inPlace += got.get(i).equals(expected.get(i)) ? 1 : 0;
        }
        return new Grade(0, inPlace + " of " + expected.size() + " in the right place. The order is: "
                + String.join(" → ", expected) + ".");
    }

    private static Grade typed(Question q, String answer) {
        if (simplify(answer).equals(simplify(q.answer()))) {
            return new Grade(1, "Correct."); // the answer as written ("Wednesday afternoon") is always right
        }
        var expected = DateValue.ofTimex(q.answerValue());
        if (expected.isEmpty()) {
            return new Grade(0, "Not quite. The answer is " + q.answer() + ".");
        }
        DateValue want = expected.get();
        List<DateValue> readings = DateAnswers.read(answer);
        if (readings.isEmpty()) {
            return new Grade(0, "That does not read as a date. The answer is " + q.answer() + ".");
        }
        double best = 0;
        String note = "Not quite. The answer is " + q.answer() + ".";
        for (DateValue got : readings) {
            if (covers(got, want)) {
                return new Grade(1, "Correct.");
            }
            if (got.year() == want.year() && !want.yearOnly() && best < 0.5
                    && (got.yearOnly() || monthInPeriod(got, want))) {
                best = 0.5;
                note = "Half credit: the year is right, but the answer is " + q.answer() + ".";
            } else if (want.hasDay() && got.year() == want.year() && got.month() == want.month() && !got.hasDay()
                    && best < 0.5) {
                best = 0.5;
                note = "Half credit: the month and year are right, but the answer is " + q.answer() + ".";
            }
        }
        return new Grade(best, note);
    }

    /** Whether {@code got} names the wanted date at least as precisely (a day inside the wanted month is right). */
    private static boolean covers(DateValue got, DateValue want) {
        if (got.year() != want.year()) {
            return false;
        }
        if (want.half() > 0) {
            return got.half() == want.half() || got.hasMonth() && (got.month() <= 6 ? 1 : 2) == want.half()
                    || got.quarter() > 0 && (got.quarter() + 1) / 2 == want.half();
        }
        if (want.quarter() > 0) {
            return got.quarter() == want.quarter(); // a month is not a quarter: see monthInPeriod
        }
        if (want.season() > 0) {
            return got.season() == want.season();
        }
        if (want.hasMonth() && got.month() != want.month()) {
            return false;
        }
        return !want.hasDay() || got.day() == want.day();
    }

    /**
     * A month (or day) inside the wanted quarter or season. It answers at another precision than was asked
     * ("July 1989" for the third quarter), so it counts like the year alone. Seasons are the generator's
     * three-month ones (spring is March to May); winter's January and February count in the same year,
     * since "winter 2011" is written for either end of it.
     */
    private static boolean monthInPeriod(DateValue got, DateValue want) {
        if (!got.hasMonth()) {
            return false;
        }
        if (want.quarter() > 0) {
            return (got.month() + 2) / 3 == want.quarter();
        }
        int season = got.month() % 12 / 3; // 0 for December to February, 1 for March to May, ...
        return want.season() > 0 && (season == 0 ? 4 : season) == want.season();
    }

    private static String simplify(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim().replaceFirst("^the ", "");
    }
}
