package org.chronoquiz.timex;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.Precision;

import java.util.Set;

/**
 * The bare second half of a range after a full date: "November 22-23" gives "23" the month and
 * year of "November 22"; "2019-20" gives "20" its century. TimeBank tags each end separately.
 */
final class RangeEnds {

    private static final Set<String> LINKS = Set.of("-", "to", "through", "and", "or");

    /** The range end right after {@code previous}, or null. */
    Match after(DocumentScan s, Match previous) {
        if (previous.type() != TimexType.DATE) {
            return null;
        }
        int e = previous.to();
        if (!LINKS.contains(s.lower(e)) || !s.isNumber(e + 1)) {
            return null;
        }
        String v = previous.value();
        int n = e + 1;
        DateValue first = DateValue.parse(v, null).orElse(null);
        if (first != null && first.precision() == Precision.DAY && first.time() == null) {
            int day = AbsoluteDatePatterns.dayAt(s, n);
            if (day > 0 && Calendar.validDay(first.part(), day) && s.lexicon.month(s.lower(n + 1)) == null
                && !s.lower(n + 1).equals(":")) {
                int end = AbsoluteDatePatterns.afterOrdinal(s, n + 1);
                return Match.date(n, end, Calendar.day(Calendar.safeDate(first.year(), first.part(), day)));
            }
        }
        if (v.length() == 4 && Character.isDigit(v.charAt(0)) && s.token(n).length() == 2 && s.attached(n)
            && s.lower(e).equals("-")) {
            return Match.date(n, n + 1, v.substring(0, 2) + s.lower(n));
        }
        return null;
    }
}
