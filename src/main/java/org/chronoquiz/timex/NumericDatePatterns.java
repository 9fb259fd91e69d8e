package org.chronoquiz.timex;

/** Dates written in digits only: "10/27/1989", "10/27/89" (US month first), "2023-03-15" (ISO). */
final class NumericDatePatterns implements TimexPattern {

    @Override
    public Match at(DocumentScan s, int i) {
        return s.isNumber(i) ? numericDate(s, i) : null;
    }

    /** 10/27/1989, 10/27/89, 2023-03-15. */
    private Match numericDate(DocumentScan s, int i) {
        if (!(s.attached(i + 1) && s.attached(i + 2) && s.attached(i + 3) && s.attached(i + 4)
            && s.isNumber(i + 2) && s.isNumber(i + 4))) {
            return null;
        }
        String sep = s.lower(i + 1);
        if (!sep.equals(s.lower(i + 3)) || s.attached(i + 5) && s.isNumber(i + 6)) {
            return null;
        }
        int a = s.intValue(i);
        int b = s.intValue(i + 2);
        int c = s.intValue(i + 4);
        if (sep.equals("-") && s.token(i).length() == 4 && Calendar.validDay(b, c)) {
            return Match.date(i, i + 5, Calendar.day(Calendar.safeDate(a, b, c)));
        }
        if (sep.equals("/") && Calendar.validDay(a, b)) {
            int len = s.token(i + 4).length();
            int year = len == 4 ? c : len == 2 ? (c < 30 ? 2000 + c : 1900 + c) : -1;
            if (year > 0) {
                return Match.date(i, i + 5, Calendar.day(Calendar.safeDate(year, a, b)));
            }
        }
        return null;
    }
}
