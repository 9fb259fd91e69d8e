package org.chronoquiz.numbers;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number a learner typed, as a person would: "2013"; "2,013" and "2 013" (thousands grouped in
 * threes by commas, spaces or apostrophes); "2.5", and "2,5" with the decimal comma of much of Europe; "1,234.5" and
 * "1.234,5"; "-3" or "−3"; a trailing full stop or a leading "in"/"about" ("In 2013."). What could be read two
 * ways is read the usual English way: "1,234" is one thousand two hundred and thirty-four, "2.013" is two point
 * zero one three. Exponents, fractions and words are not numbers here.
 */
public final class TypedNumbers {
    private static final Pattern WORDS_BEFORE = Pattern.compile("^(?:in|about|around|ca\\.?|c\\.)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([, \u00a0\u202f'])\\d{3}(?:\\1\\d{3})*");
    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("(.*)([.,])(\\d+)");

    private TypedNumbers() {
    }

    public static Optional<BigDecimal> read(String typed) {
        if (typed == null || typed.length() > 2 * NumericAnswer.MAX_DIGITS) {
            return Optional.empty();
        }
        String s = WORDS_BEFORE.matcher(typed.strip()).replaceFirst("").strip().replaceFirst("\\.$", "");
        String sign = "";
        if (!s.isEmpty() && "+-−".indexOf(s.charAt(0)) >= 0) {
            sign = s.charAt(0) == '+' ? "" : "-";
            s = s.substring(1).strip();
        }
        String whole;
        String fraction = "";
        if (s.matches("\\d+") || GROUPED.matcher(s).matches() || DOT_GROUPED.matcher(s).matches() && s.indexOf('.') != s.lastIndexOf('.')) {
            whole = s;
        } else {
            Matcher m = DECIMAL.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
            whole = m.group(1);
            fraction = m.group(3);
            Matcher grouped = GROUPED.matcher(whole);
            boolean wholeReads = whole.isEmpty() || whole.matches("\\d+")
                    || grouped.matches() && !grouped.group(1).equals(m.group(2))
                    || m.group(2).equals(",") && DOT_GROUPED.matcher(whole).matches();
            if (!wholeReads) {
                return Optional.empty();
            }
        }
        String digits = whole.replaceAll("\\D", "");
        if (digits.length() + fraction.length() > NumericAnswer.MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(sign + (digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction)));
    }
}
