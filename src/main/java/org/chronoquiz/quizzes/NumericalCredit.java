package org.chronoquiz.quizzes;

import org.chronoquiz.numbers.NumericAnswer;
import org.chronoquiz.numbers.TypedNumbers;
import org.chronoquiz.questions.Question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The credit a typed number earns, as Moodle grades a numerical question: the best of the accepted answers whose
 * tolerance holds it (both ends count), nothing otherwise. Pure. The feedback says how the number was read when it
 * was written another way ("2,013"), and how far off a wrong one is.
 */
final class NumericalCredit {

    private NumericalCredit() {
    }

    /** Whether the learner's text reads as a number at all; one that does not is sent back, not graded. */
    static boolean readable(String given) {
        return TypedNumbers.read(given).isPresent();
    }

    static Grade grade(Question q, String given) {
        List<NumericAnswer> answers = NumericAnswer.of(q.answer(), q.answerValue(), q.choices());
        String answer = "The answer is " + q.shownAnswer() + ".";
        Optional<BigDecimal> read = TypedNumbers.read(given);
        if (read.isEmpty() || answers.isEmpty()) {
            return new Grade(0, "That does not read as a number. " + answer);
        }
        BigDecimal got = read.get();
        String readAs = got.stripTrailingZeros().toPlainString().equals(given.trim()) ? ""
                : " Read as " + plain(got) + ".";
        NumericAnswer best = null;
        for (NumericAnswer a : answers) {
            if (a.accepts(got) && (best == null || a.percent() > best.percent())) {
                best = a;
            }
        }
        if (best != null && best.percent() == 100) {
            return new Grade(1, "Correct." + readAs);
        }
        if (best != null) {
            return new Grade(best.percent() / 100.0, best.percent() + "% credit: within " + best.tolerance().toPlainString()
                    + " of " + best.value().toPlainString() + ". " + answer + readAs);
        }
        NumericAnswer main = answers.get(0);
        BigDecimal off = got.subtract(main.value());
        return new Grade(0, "Not quite: " + plain(off.abs()) + (off.signum() > 0 ? " too high" : " too low") + ". "
                + answer + readAs);
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
