package org.chronoquiz.quizzes;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.DateWording;
import org.chronoquiz.dates.Precision;

/**
 * The credit a typed date earns against the date asked for. Pure. The rules, in a teacher's words:
 * <ul>
 *   <li>Any date inside the one asked for is right: more precision is never marked down ("March 2019" for
 *       2019, "July 1989" for the third quarter).</li>
 *   <li>A coarser date that holds the answer and is no longer than a year (the year alone, the season or
 *       quarter of a month) earns half, and the feedback names what is missing.</li>
 *   <li>A range needs both ends; one right end earns half, and the feedback says which end is missing.</li>
 *   <li>Anything else earns nothing, and the feedback says how far off it is ("two years early").</li>
 * </ul>
 * Every feedback says how the answer was read.
 */
final class DateCredit {

    private DateCredit() {
    }

    static Grade grade(DateValue got, DateValue want, String answerText) {
        String readAs = " Read as: " + DateWording.format(got) + ".";
        String answer = "The answer is " + answerText + ".";
        if (want.isRange()) {
            return range(got, want, answer, readAs);
        }
        if (want.contains(got)) {
            return new Grade(1, "Correct." + readAs);
        }
        if (want.mod() != null && got.mod() == null && got.precision() == want.precision()
                && want.unmodified().contains(got)) { // "May 2018" for "late May 2018"; not "May 2, 2018"
            return new Grade(1, "Correct; the article says " + answerText + "." + readAs);
        }
        if (got.overlaps(want) && withinOneYear(got, want)) {
            String what = got.contains(want) && got.precision() == Precision.MONTH ? "the month and year are right"
                    : "the year is right";
            return new Grade(0.5, "Half credit: " + what + ", but the answer is " + answerText + "." + readAs);
        }
        return wrong(got, want, answer, readAs);
    }

    private static Grade range(DateValue got, DateValue want, String answer, String readAs) {
        boolean firstRight = want.start().contains(got.start()) || sameUnit(got.start(), want.start());
        boolean lastRight = want.last().contains(got.last()) || sameUnit(got.last(), want.last());
        if (got.isRange() && firstRight && lastRight) {
            return new Grade(1, "Correct." + readAs);
        }
        String start = DateWording.format(want.start());
        String end = DateWording.format(want.last());
        if (firstRight) {
            return new Grade(0.5, "Half credit: " + start + " is the start, but the range ends " + end + ". " + answer + readAs);
        }
        if (lastRight) {
            return new Grade(0.5, "Half credit: " + end + " is the end, but the range starts " + start + ". " + answer + readAs);
        }
        if (!got.isRange() && want.contains(got)) {
            return new Grade(0.5, "Half credit: that is inside the range, but give both ends. " + answer + readAs);
        }
        return wrong(got, want, answer, readAs);
    }

    /** "2019" for the start of "2019-2020" names the start's own unit, at the range's precision. */
    private static boolean sameUnit(DateValue got, DateValue end) {
        return !got.isRange() && got.precision() == end.precision() && got.unmodified().equals(end.unmodified());
    }

    private static boolean withinOneYear(DateValue got, DateValue want) {
        return got.firstDay().getYear() == got.lastDay().getYear()
                && got.firstDay().getYear() == want.firstDay().getYear();
    }

    private static Grade wrong(DateValue got, DateValue want, String answer, String readAs) {
        String off = DateWording.offset(got, want);
        return new Grade(0, "Not quite" + (off.isEmpty() ? "" : ": " + off) + ". " + answer + readAs);
    }
}
