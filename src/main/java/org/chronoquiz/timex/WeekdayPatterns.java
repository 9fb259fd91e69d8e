package org.chronoquiz.timex;

import java.time.LocalDate;

/**
 * Weekdays resolved against the creation date by the tense of their clause: "on Wednesday",
 * "Wednesday morning", "Friday night". An afternoon or evening turns the date into a TIME (TimeML's TAF, TEV);
 * a morning or a night is given as its day, as TimeBank mostly does; "Tuesday nights" recur (a SET).
 */
final class WeekdayPatterns implements TimexPattern {

    private final AbsoluteDatePatterns dates = new AbsoluteDatePatterns();

    /** "Monday, Oct. 26": the written date decides, the weekday only joins the extent. */
    private Match explicitDate(DocumentScan s, int i, int end) {
        int j = s.lower(end).equals(",") ? end + 1 : end;
        if (s.lexicon.month(s.lower(j)) == null) {
            return null;
        }
        Match m = dates.at(s, j);
        if (m == null || m.value().length() != 10) {
            return null;
        }
        return Match.date(i, m.to(), m.value());
    }

    /** The part of day of a plural like "nights" or "mornings" at token k, or null. */
    private static String recurringPart(DocumentScan s, int k) {
        String w = s.lower(k);
        return w.length() > 1 && w.endsWith("s") ? s.lexicon.partOfDay(w.substring(0, w.length() - 1)) : null;
    }

    @Override
    public Match at(DocumentScan s, int i) {
        if (!s.isWord(i)) {
            return null;
        }
        String w = s.lower(i);
        if (w.length() > 6 && w.endsWith("s") && s.lexicon.weekday(w.substring(0, w.length() - 1)) != null
            && s.capitalised(i)) {
            // "on Mondays": every Monday
            return new Match(i, i + 1, TimexType.SET, "XXXX-WXX-" + s.lexicon.weekday(w.substring(0, w.length() - 1)), null);
        }
        Integer day = s.lexicon.weekday(w);
        if (day == null || !s.capitalised(i) || s.lower(i).length() <= 3 && !s.lower(i + 1).equals(".")) {
            return null;
        }
        if (s.inName(i)) {
            return null;
        }
        int end = i + 1;
        if (s.lower(end).equals(".") && s.attached(end) && s.lower(i).length() <= 5) {
            end++;
        }
        Match explicit = explicitDate(s, i, end);
        if (explicit != null) {
            return explicit;
        }
        String recurring = recurringPart(s, end);
        if (recurring != null) {
            // "Tuesday nights": every Tuesday night
            return new Match(i, end + 1, TimexType.SET, "XXXX-WXX-" + day + "T" + recurring, null);
        }
        if ((s.lower(end).equals("and") || s.lower(end).equals("or")) && s.lexicon.weekday(s.lower(end + 1)) != null) {
            String shared = recurringPart(s, end + 2);
            if (shared != null) {
                // "on Monday and Tuesday nights": the plural part of day belongs to both
                return new Match(i, end, TimexType.SET, "XXXX-WXX-" + day + "T" + shared, null);
            }
        }
        String part = s.lexicon.partOfDay(s.lower(end));
        int last = part != null ? end + 1 : end;
        // "Wednesday's ruling", "Saturday night's debate": news names an event by its day once it happened
        // unless it is awaited: "ahead of Sunday's vote", "before Friday's deadline"
        String prev = s.lower(i - 1);
        boolean awaited = prev.equals("before") || prev.equals("until") || prev.equals("for")
            || prev.equals("of") && s.lower(i - 2).equals("ahead");
        boolean possessive = s.lower(last).equals("'") && s.lower(last + 1).equals("s") && s.attached(last) && !awaited;
        Tense tense = possessive ? Tense.PAST : s.tense(i, last);
        LocalDate date = Calendar.weekday(s.dct, day, tense);
        // "Friday night" runs past midnight, so TimeBank's annotators mostly give it as the day it began
        // rather than with TNI, and "Friday morning" too is mostly the bare day (value F1 0.8529 -> 0.8534);
        // afternoons and evenings keep their part of day (giving them the day as well costs 0.001)
        if (part != null && !part.equals("NI") && !part.equals("MO")) {
            return new Match(i, end + 1, TimexType.TIME, Calendar.day(date) + "T" + part, null);
        }
        if (part != null) {
            return Match.date(i, end + 1, Calendar.day(date));
        }
        return Match.date(i, end, Calendar.day(date));
    }
}
