package org.chronoquiz.generation;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.DateWording;
import org.chronoquiz.dates.Precision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Wrong answers for a date question: same granularity (and same range length) as the answer, close to it,
 * all different, never the answer nor another date the same list names, and, for a past event, never
 * after the article was published.
 */
final class Distractors {
    private static final int NEAR = 8;

    private final Shuffler shuffler;

    Distractors(Shuffler shuffler) {
        this.shuffler = shuffler;
    }

    /** @param planned a plan (a future-tense clause): no wrong choice lies wholly before publication */
    List<DateValue> pick(DateValue answer, LocalDate published, boolean planned, List<DateValue> exclude,
                         Random random, int count) {
        boolean past = published != null && !answer.lastDay().isAfter(published);
        boolean begun = published != null && !answer.firstDay().isAfter(published);
        boolean ahead = published != null && answer.firstDay().isAfter(published); // a plan is not dated in the past
        boolean plan = published != null && planned && !answer.lastDay().isBefore(published);
        Map<String, DateValue> valid = new LinkedHashMap<>(); // by written form: distinct as the student sees them
        for (DateValue c : candidates(answer)) {
            boolean ok = !c.overlaps(answer) && exclude.stream().noneMatch(c::overlaps)
                    && !DateWording.format(c).equals(DateWording.format(answer)) && sameShape(c, answer)
                    && (!past || !c.lastDay().isAfter(published))
                    && (!begun || plan || !c.firstDay().isAfter(published)) && (!ahead || c.firstDay().isAfter(published))
                    && (!plan || !c.lastDay().isBefore(published))
                    && c.year() > 0;
            if (ok) {
                valid.putIfAbsent(DateWording.format(c), c);
            }
        }
        // Where the answer falls among the choices is drawn at random: wrong dates spread evenly around it
        // would make the middle one the answer to anyone who knows nothing.
        List<DateValue> earlier = new ArrayList<>();
        List<DateValue> later = new ArrayList<>();
        for (DateValue c : valid.values()) {
            (c.firstDay().isBefore(answer.firstDay()) ? earlier : later).add(c);
        }
        int wantEarlier = random.nextInt(count + 1);
        List<DateValue> out = new ArrayList<>();
        out.addAll(nearest(earlier, Math.min(wantEarlier, earlier.size()), random));
        out.addAll(nearest(later, Math.min(count - out.size(), later.size()), random));
        if (out.size() < count) { // one side ran short (a past event has nothing after publication): the other fills in
            List<DateValue> rest = new ArrayList<>(earlier);
            rest.removeAll(out);
            out.addAll(nearest(rest, Math.min(count - out.size(), rest.size()), random));
        }
        return out;
    }

    /** {@code n} of the nearest few, in random order. */
    private List<DateValue> nearest(List<DateValue> side, int n, Random random) {
        List<DateValue> near = shuffler.shuffle(side.subList(0, Math.min(NEAR / 2 + n, side.size())), random);
        return near.subList(0, n);
    }

    /** Candidates nearest first: one unit either side, then two, ...; days also move by weeks and months. */
    private List<DateValue> candidates(DateValue answer) {
        List<DateValue> out = new ArrayList<>();
        int reach = answer.precision() == Precision.DAY ? 7 : 6;
        for (int step = 1; step <= reach; step++) {
            out.add(answer.shift(-step));
            out.add(answer.shift(step));
            if (answer.precision() == Precision.DAY) { // days a few apart, not the same day of other months:
                out.add(answer.shift(-step * 3L - 1)); // a key sharing its month with one choice and its day with
                out.add(answer.shift(step * 3L + 1)); // the others gives itself away
            }
        }
        if (answer.precision() == Precision.MONTH || answer.precision() == Precision.DAY) {
            out.add(answer.shiftMonths(-12));
            out.add(answer.shiftMonths(12));
        }
        if (answer.isRange()) { // a range moved by less than its length overlaps itself; move it by whole lengths
            long length = lengthInUnits(answer);
            for (int k = 1; k <= 4; k++) {
                out.add(answer.shift(-k * length));
                out.add(answer.shift(k * length));
            }
        }
        return out;
    }

    /** "January to September 2022" is not offered beside "October 2019 to June 2020": ranges keep their shape. */
    private boolean sameShape(DateValue c, DateValue answer) {
        if (!answer.isRange()) {
            return true;
        }
        return (c.year() == c.end().year()) == (answer.year() == answer.end().year())
                && (c.part() == c.end().part()) == (answer.part() == answer.end().part());
    }

    private long lengthInUnits(DateValue range) {
        long n = 1;
        while (!range.shift(n).firstDay().isAfter(range.end().firstDay())) {
            n++;
        }
        return n;
    }
}
