package org.chronoquiz.timex;

import java.util.Set;

/**
 * Lengths of time: "three years", "a decade", "several months" (PXM), "the past two months",
 * "two-year", "the nine months", "nearly 40 years". Extents keep "the past/next/first" and
 * hedges ("nearly", "about") as TimeBank does.
 */
final class DurationPatterns implements TimexPattern {

    private static final Set<String> FRAME = Set.of("past", "last", "next", "first", "coming", "latest", "previous",
        "final", "remaining", "same", "following", "recent", "initial", "preceding", "prior");
    /** Frames that make a bare plural unit a span ("the coming days"); "recent years" is a vague past instead. */
    private static final Set<String> SPAN_FRAMES = Set.of("coming", "next", "past", "last", "following", "previous");
    private static final Set<String> COUNT_ADJECTIVES = Set.of("more", "additional", "extra", "trading",
        "business", "working", "straight", "consecutive", "further");
    private static final Set<String> HEDGES = Set.of("nearly", "almost", "approximately", "roughly", "barely");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "can", "shall", "should");
    private static final Set<String> HEDGE_STARTS = Set.of("more", "less", "at", "up", "as", "fewer", "no");
    private static final Set<String> TWO_WORD_HEDGES = Set.of("more than", "less than", "at least", "up to",
        "as many as", "as much as", "fewer than", "as long as", "at most", "no more than");

    @Override
    public Match at(DocumentScan s, int i) {
        int j = i;
        boolean the = s.lower(j).equals("the");
        if (the) {
            j++;
        }
        boolean framed = FRAME.contains(s.lower(j));
        if (framed) {
            j++;
        }
        j = skipHedges(s, j);
        Quantity q = Quantity.at(s, j);
        if (q == null) {
            if (framed && SPAN_FRAMES.contains(s.lower(j - 1)) && isVagueSpan(s, j)
                && s.lexicon.unit(s.lower(j)) == Lexicon.Unit.QUARTER) {
                return Match.date(i, j + 1, direction(s.lower(j - 1)));
            }
            if (framed && SPAN_FRAMES.contains(s.lower(j - 1)) && isVagueSpan(s, j)) {
                // "(the) coming days", "the past weeks": a stretch of unknown length; TimeBank leaves "the" out
                return new Match(the ? i + 1 : i, j + 1, TimexType.DURATION, value(-1, s.lexicon.unit(s.lower(j))), null);
            }
            if (the && !framed && s.lower(j + 1).equals("ahead") && isVagueSpan(s, j)) {
                // "the weeks ahead": like "the coming weeks"
                return new Match(i, j + 2, TimexType.DURATION, value(-1, s.lexicon.unit(s.lower(j))), null);
            }
            Match lasting = unitLong(s, j);
            if (lasting != null) {
                return lasting;
            }
            return the || framed ? null : bareUnit(s, i);
        }
        int k = q.end();
        boolean half = false;
        if (!q.vague() && s.isNumber(k) && s.lower(k).equals("1") && s.lower(k + 1).equals("/")
            && s.lower(k + 2).equals("2") && s.attached(k + 1) && s.attached(k + 2)) {
            half = true;
            k += 3;
        } else if (!q.vague() && s.lower(k).equals("and") && s.lower(k + 1).equals("a") && s.lower(k + 2).equals("half")) {
            half = true;
            k += 3;
        }
        // "two more weeks", "an additional year", "eight trading days": the count still measures the unit
        if (COUNT_ADJECTIVES.contains(s.lower(k)) && s.lexicon.unit(s.lower(k + 1)) != null) {
            k++;
        }
        boolean hyphen = s.lower(k).equals("-") && s.attached(k) && !q.vague();
        if (hyphen) {
            k++;
        }
        String unitWord = s.lower(k);
        Lexicon.Unit unit = s.lexicon.unit(unitWord);
        Integer upper = null;
        if (unit == null && !q.vague() && (s.lower(k).equals("to") || s.lower(k).equals("-") || s.lower(k).equals("or"))) {
            Quantity q2 = Quantity.at(s, k + 1);
            if (q2 != null && !q2.vague()) {
                upper = q2.value();
                k = q2.end();
                unitWord = s.lower(k);
                unit = s.lexicon.unit(unitWord);
            }
        }
        if (unit == null || s.lower(k + 1).equals("-") && s.attached(k + 1) && !hyphen) {
            return null;
        }
        if ((the || framed) && s.lower(j).equals("a")) {
            return null;
        }
        boolean article = s.lower(j).equals("a") || s.lower(j).equals("an");
        if (article && Lexicon.isPlural(unitWord) && !q.vague()) {
            return null;
        }
        if (i == j && s.lower(i).equals("one") && unit == Lexicon.Unit.DAY && !hyphen && MODALS.contains(s.lower(i - 1))) {
            // "Islam will one day be ...": some day ahead, not a length of one day
            return Match.date(i, k + 1, "FUTURE_REF");
        }
        // "the two-week visit": TimeBank leaves the article out of an adjectival duration
        int from = hyphen && the ? i + 1 : i;
        int end = k + 1;
        if (notATime(s, j, q, k, unit)) {
            return null;
        }
        if (s.lower(end).equals("ago") || s.lower(end).equals("earlier")) {
            return null;
        }
        if (!half && s.lower(end).equals("and") && s.lower(end + 1).equals("a") && s.lower(end + 2).equals("half")) {
            half = true;
            end += 3;
        }
        if (q.vague() && framed && unit == Lexicon.Unit.QUARTER && SPAN_FRAMES.contains(s.lower(the ? i + 1 : i))) {
            return Match.date(i, end, direction(s.lower(the ? i + 1 : i)));
        }
        String value = half && !q.vague() && upper == null ? halfValue(q.value(), unit)
            : value(q.vague() || upper != null ? -1 : q.value(), unit);
        if (isRate(s, i) || isRate(s, end)) {
            return null;
        }
        Match ahead = inTheFuture(s, i, q, upper, unit, end);
        if (ahead != null) {
            return ahead;
        }
        if (isFrequency(s, i, q)) {
            // "twice a month", "three times a year": a recurrence
            return new Match(from, end, TimexType.SET, value, null);
        }
        return new Match(from, end, TimexType.DURATION, value, null);
    }

    /**
     * "would be redeemed in five years" is a time ahead, not a length: five years after the creation date.
     * "in a year or two" names no year, only that it lies ahead.
     */
    private static Match inTheFuture(DocumentScan s, int i, Quantity q, Integer upper, Lexicon.Unit unit, int end) {
        if (!s.lower(i - 1).equals("in") || q.vague() || upper != null || unit.timeOfDay) {
            return null;
        }
        Quantity other = s.lower(end).equals("or") ? Quantity.at(s, end + 1) : null;
        boolean either = other != null && other.end() == end + 2;
        Tense t = s.tense(i, end);
        if (either && t != Tense.PAST) {
            return Match.date(i, end + 2, "FUTURE_REF");
        }
        if (t != Tense.FUTURE || unit == Lexicon.Unit.QUARTER) {
            return null;
        }
        String v = RelativeDatePatterns.shift(s, s.dct, unit, q.value());
        return v == null ? null : Match.date(i, end, v);
    }

    /**
     * "coming quarters", "the past several quarters": an unknown count of quarters has no ISO duration
     * form, so TimeBank gives only the direction.
     */
    private static String direction(String frame) {
        return frame.equals("coming") || frame.equals("next") || frame.equals("following") ? "FUTURE_REF" : "PAST_REF";
    }

    /** "$5 a year", "24 hours a day": a price or frequency, which TimeBank leaves untagged. */
    private static boolean isRate(DocumentScan s, int i) {
        String w = s.lower(i);
        String prev = s.lower(i - 1);
        // "four flights a week", "700 seats a week": a counted plural noun before "a week" makes a rate
        boolean countedNoun = prev.endsWith("s") && s.isWord(i - 1)
            && (s.isNumber(i - 2) || s.lexicon.numberWord(s.lower(i - 2)) != null);
        return (w.equals("a") || w.equals("per")) && (s.isNumber(i - 1) || prev.equals("%") || prev.equals("million")
            || prev.equals("billion") || prev.equals("percent") || s.lexicon.unit(prev) != null || countedNoun)
            && !Lexicon.isPlural(s.lower(i + 1));
    }

    private static boolean isVagueSpan(DocumentScan s, int j) {
        Lexicon.Unit unit = s.lexicon.unit(s.lower(j));
        return unit != null && Lexicon.isPlural(s.lower(j)) && !s.lower(j + 1).equals("'")
            && !s.lower(j + 1).equals("of");
    }

    private static boolean isFrequency(DocumentScan s, int i, Quantity q) {
        String w = s.lower(i);
        String prev = s.lower(i - 1);
        return (w.equals("a") || w.equals("per") || w.equals("each")) && q.value() == 1
            && (prev.equals("twice") || prev.equals("once") || prev.equals("times") || prev.equals("thrice"));
    }

    /** Counts that are not lengths of time: ages ("52 years old"), fractions ("a quarter of"), titles ("60 Minutes"). */
    private static boolean notATime(DocumentScan s, int j, Quantity q, int k, Lexicon.Unit unit) {
        String next = s.lower(k + 1);
        if (next.equals("old") || next.equals("-") && s.lower(k + 2).equals("old")) {
            return true;
        }
        if (s.capitalised(k) && s.sentenceOf(k - 1) == s.sentenceOf(k) && !s.capitalised(j)) {
            return true;
        }
        boolean article = s.lower(j).equals("a") || s.lower(j).equals("an");
        if (unit == Lexicon.Unit.QUARTER && (article || s.lower(k - 1).equals("-") || next.equals("of"))) {
            return true;
        }
        return unit == Lexicon.Unit.SECOND && article;
    }

    static int skipHedges(DocumentScan s, int j) {
        if (HEDGES.contains(s.lower(j))) {
            return j + 1;
        }
        // "over an hour" is more than one; "over three years" is during them, and TimeBank leaves that "over" out
        if (s.lower(j).equals("over") && (s.lower(j + 1).equals("a") || s.lower(j + 1).equals("an"))) {
            return j + 1;
        }
        // two-word hedges all start with one of these; checking first avoids building a string per token
        if (!HEDGE_STARTS.contains(s.lower(j))) {
            return j;
        }
        String two = s.lower(j) + " " + s.lower(j + 1);
        if (TWO_WORD_HEDGES.contains(two)) {
            return j + 2;
        }
        if (!s.isWord(j + 2) || s.lexicon.unit(s.lower(j + 2)) != null) {
            return j;
        }
        if (TWO_WORD_HEDGES.contains(two + " " + s.lower(j + 2))) {
            return j + 3;
        }
        return j;
    }

    /** "a day-long meeting" (P1D), "a decades-long feud" (an unknown number of decades). */
    private Match unitLong(DocumentScan s, int j) {
        Lexicon.Unit unit = s.lexicon.unit(s.lower(j));
        if (unit == null || unit.timeOfDay && unit != Lexicon.Unit.HOUR || !s.lower(j + 1).equals("-")
            || !s.attached(j + 1) || !s.lower(j + 2).equals("long") || !s.attached(j + 2)) {
            return null;
        }
        int n = Lexicon.isPlural(s.lower(j)) ? -1 : 1;
        return new Match(j, j + 3, TimexType.DURATION, value(n, unit), null);
    }

    /** Plural units on their own ("for years", "in recent months" is vague): PXY etc. */
    private Match bareUnit(DocumentScan s, int i) {
        String w = s.lower(i);
        Lexicon.Unit unit = s.lexicon.unit(w);
        if (unit == null || !Lexicon.isPlural(w) || unit.timeOfDay || unit == Lexicon.Unit.QUARTER) {
            return null;
        }
        String prev = s.lower(i - 1);
        if (!(prev.equals("for") || prev.equals("in") || prev.equals("within") || prev.equals("over")
            || prev.equals("took") || prev.equals("lasted"))) {
            return null;
        }
        String next = s.lower(i + 1);
        if (next.equals("of") || next.equals("ago") || next.equals("'")) {
            return null;
        }
        return new Match(i, i + 1, TimexType.DURATION, value(-1, unit), null);
    }

    /** n and a half units, in the next smaller unit where the half is not whole: P2Y6M, PT5H30M, PT1M30S. */
    static String halfValue(int n, Lexicon.Unit unit) {
        return switch (unit) {
            case YEAR -> "P" + n + "Y6M";
            case DAY -> "P" + n + "DT12H";
            case HOUR -> "PT" + n + "H30M";
            case MINUTE -> "PT" + n + "M30S";
            case WEEK -> "P" + (n * 7 + 3) + "DT12H";
            case DECADE -> "P" + (n * 10 + 5) + "Y";
            case MONTH -> "P" + n + "M15D";
            default -> value(n, unit);
        };
    }

    /** TIMEX3 duration value; -1 means an unknown count (X). */
    static String value(int n, Lexicon.Unit unit) {
        String count = n < 0 ? "X" : Integer.toString(n);
        return switch (unit) {
            case SECOND, MINUTE, HOUR -> "PT" + count + unit.letter;
            case DECADE -> n < 0 ? "PXDE" : "P" + (10 * n) + "Y";
            case CENTURY -> n < 0 ? "PXCE" : "P" + (100 * n) + "Y";
            default -> "P" + count + unit.letter;
        };
    }
}
