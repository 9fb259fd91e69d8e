package org.chronoquiz.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One accepted answer of a numerical question: a value, how far from it still counts, and the credit it earns
 * (Moodle's numerical answer: value, tolerance, fraction). A numerical question holds one at 100% and may hold
 * partial-credit alternatives ("50% 2013:2": within two of 2013 earns half).
 *
 * <p>Stored as a question's {@code answer} (the value as written), {@code answer_value} ({@link #spec}: the value
 * and tolerance in GIFT's own {@code 2013:1} notation) and {@code choices} (each alternative as {@link #line}).
 */
public record NumericAnswer(BigDecimal value, BigDecimal tolerance, int percent) {
    /** Long enough for any measure a quiz asks; a bound so that no typed string becomes a huge number. */
    public static final int MAX_DIGITS = 30;
    private static final String NUMBER = "[-+−]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
    private static final Pattern SPEC = Pattern.compile("(" + NUMBER + ")\\s*(?:(?::|±|\\+/?-)\\s*(" + NUMBER + "))?");
    private static final Pattern LINE = Pattern.compile("(\\d{1,3})\\s*%\\s*(.+)");

    public NumericAnswer {
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("a tolerance is never negative");
        }
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a credit is 0 to 100 percent");
        }
        value = plain(value);
        tolerance = plain(tolerance);
    }

    /** Whether {@code given} is within the tolerance of the value (both ends included, as Moodle's are). */
    public boolean accepts(BigDecimal given) {
        return given.subtract(value).abs().compareTo(tolerance) <= 0;
    }

    /** "2013:1", the value and tolerance as GIFT writes them; "2013:0" for an exact answer. */
    public String spec() {
        return value.toPlainString() + ":" + tolerance.toPlainString();
    }

    /** A partial-credit alternative as the form and our files write it: "50% 2013:2". */
    public String line() {
        return percent + "% " + spec();
    }

    /** The answer as a learner reads it: "2013", or "2013 ± 1". */
    public String wording() {
        return value.toPlainString() + (tolerance.signum() == 0 ? "" : " ± " + tolerance.toPlainString());
    }

    /**
     * "2013:1", "2013 ± 1", "2013+-1" or a bare "2013" at {@code percent}; empty when it does not read so.
     * A negative tolerance does not read.
     */
    public static Optional<NumericAnswer> readSpec(String text, int percent) {
        Matcher m = SPEC.matcher(text == null ? "" : text.trim());
        if (!m.matches() || text.length() > 2 * MAX_DIGITS + 5) {
            return Optional.empty();
        }
        BigDecimal tolerance = m.group(2) == null ? BigDecimal.ZERO : number(m.group(2));
        return tolerance.signum() < 0 ? Optional.empty() : Optional.of(new NumericAnswer(number(m.group(1)), tolerance, percent));
    }

    /** "50% 2013:2" (the percent first, as GIFT's {@code %50%}); empty when it does not read so. */
    public static Optional<NumericAnswer> readLine(String line) {
        Matcher m = LINE.matcher(line == null ? "" : line.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 100) {
            return Optional.empty();
        }
        return readSpec(m.group(2), Integer.parseInt(m.group(1)));
    }

    /**
     * A question's accepted answers, the full-credit one first: from its {@code answer_value} (else its answer,
     * exactly) and the alternatives in its choices. Lines that do not read are skipped: the validator refused them.
     */
    public static List<NumericAnswer> of(String answer, String answerValue, List<String> alternatives) {
        List<NumericAnswer> out = new ArrayList<>();
        readSpec(answerValue, 100).or(() -> readSpec(answer, 100)).ifPresent(out::add);
        for (String line : alternatives == null ? List.<String>of() : alternatives) {
            readLine(line).ifPresent(out::add);
        }
        return out;
    }

    /** The range min..max as Moodle reads GIFT's {@code {#1..5}}: its midpoint, and half its width as tolerance. */
    public static NumericAnswer range(BigDecimal min, BigDecimal max, int percent) {
        BigDecimal low = min.min(max);
        BigDecimal high = min.max(max);
        BigDecimal two = BigDecimal.valueOf(2);
        return new NumericAnswer(low.add(high).divide(two), high.subtract(low).divide(two), percent);
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace('−', '-').replaceFirst("^\\+", "").replaceFirst("\\.$", ""));
    }

    /** 2013 not 2.013E+3, 1.5 not 1.50: one spelling for one number, so an unchanged file re-imports unchanged. */
    private static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
