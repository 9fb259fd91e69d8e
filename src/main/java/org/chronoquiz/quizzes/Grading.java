package org.chronoquiz.quizzes;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.TypedDates;
import org.chronoquiz.questions.Matching;
import org.chronoquiz.questions.Question;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Grades answers. Pure: a question and what the learner gave, in; a grade, out.
 * Typed dates are read with {@link TypedDates} and credited by {@link DateCredit}.
 */
public final class Grading {

    public Grade grade(Question question, String given) {
        String answer = given == null ? "" : given.trim();
        if (answer.isEmpty()) {
            return new Grade(0, "No answer given. The answer is " + question.shownAnswer().replace("\n", "; ") + ".");
        }
        return switch (question.type()) {
            case "when", "what_happened" -> choice(question, answer);
            case "timeline" -> order(question, answer);
            case "numerical" -> NumericalCredit.grade(question, answer);
            case "matching" -> pairs(question, answer);
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

    /**
     * A matching answer is the right item chosen for each left item, one per line in the left items' order. Each
     * pair is worth the same share, as Moodle grades it: two of three right earns two thirds.
     */
    private static Grade pairs(Question q, String answer) {
        Matching matching = Matching.of(q);
        List<String> got = answer.lines().map(String::trim).toList();
        List<String> wrong = new java.util.ArrayList<>();
        int right = 0;
        for (int i = 0; i < matching.pairs().size(); i++) {
            Matching.Pair p = matching.pairs().get(i);
            if (i < got.size() && got.get(i).equals(p.right())) {
                right++;
            } else {
                wrong.add(p.left() + " → " + p.right());
            }
        }
        int all = matching.pairs().size();
        if (right == all) {
            return new Grade(1, "Correct: every pair matches.");
        }
        return new Grade((double) right / all, right + " of " + all + " pairs right. "
                + (wrong.size() == 1 ? "The one missed: " : "The ones missed: ") + String.join("; ", wrong) + ".");
    }

    private static Grade typed(Question q, String answer) {
        if (simplify(answer).equals(simplify(q.answer()))) {
            return new Grade(1, "Correct."); // the answer as written ("Wednesday afternoon") is always right
        }
        Optional<DateValue> expected = expected(q);
        if (expected.isEmpty()) {
            return new Grade(0, "Not quite. The answer is " + q.answer() + ".");
        }
        List<DateValue> readings = TypedDates.read(answer);
        if (readings.isEmpty() && q.type().equals("cloze")) { // "November 22-23" in the blank: the year is the sentence's
            readings = TypedDates.read(answer + ", " + expected.get().last().year());
        }
        Grade best = null;
        for (DateValue got : readings) {
            Grade g = DateCredit.grade(got, expected.get(), q.answer());
            if (best == null || g.credit() > best.credit()) {
                best = g;
            }
        }
        return best != null ? best : new Grade(0, "That does not read as a date. The answer is " + q.answer() + ".");
    }

    /**
     * The date asked for: the question's value, or the answer's own wording when it reads as that date and
     * says more (the end of a range, a mod: "2019-2020" has the value 2019, "late May 2018" 2018-05).
     */
    static Optional<DateValue> expected(Question q) {
        Optional<DateValue> value = DateValue.parse(q.answerValue(), null);
        Optional<DateValue> written = TypedDates.readOne(q.answer());
        if (written.isPresent() && (value.isEmpty() || written.get().start().unmodified().equals(value.get().start()))) {
            return written;
        }
        return value;
    }

    private static String simplify(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim().replaceFirst("^the ", "");
    }
}
