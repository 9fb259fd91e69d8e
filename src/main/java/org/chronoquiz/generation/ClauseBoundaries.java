package org.chronoquiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where, inside a sentence, the clause around a date phrase begins and ends: at "; ", ": ", dashes,
 * ", while", ", but", ", which" and trailing participles or "..., X said." A list after a dash stays with
 * what it elaborates; a clause opening with "their"/"its" stays with the clause it refers back to.
 */
final class ClauseBoundaries {
    private static final Pattern BOUNDARY = Pattern.compile(
            ";\\s+|:\\s+|\\s+(?:[\u2013\u2014_-]|--+)\\s+" // wire copy's dashes: "in the Black Sea _ an area", " -- "
                    + "|,\\s+(?:(which|who)|while|whereas|but|although|though|and then"
                    + "|(also|(?!during|according|following|bring|spring|morning|evening)[a-z]+ing)|(and))\\b\\s*"
                    + "|,\\s+[^,]*\\b(?:said|confirmed|reported|noted|added|stated|told)\\s*[.!?\"]*$");
    private final VerbForms verbs;
    /** "holds 14.6%": a lower-case word in -s right after ", and", a present verb more often than not. */
    private static final Pattern PRESENT_NEXT = Pattern.compile("(?!(?:its|his|hers|this|thus|as|us|plus|less)\\b)\\p{Ll}+s\\b");

    ClauseBoundaries(VerbForms verbs) {
        this.verbs = verbs;
    }

    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "^(Their|Its|His|Her|Our|This|These|Those|That|Them|Him)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The clause as sentence offsets.
     *
     * @param headStart where the head noun of a relative clause starts ("The crisis, which began ..."), if relative
     * @param headEnd   where that head ends (the ", which")
     * @param joined    the clause was widened to keep "their"/"its" with what it refers to
     */
    record Segment(int left, int right, boolean relative, int headStart, int headEnd, boolean joined) {
    }

    Segment locate(String text, int p0, int p1) {
        int left = 0;
        int right = text.length();
        int[] leftCut = null;
        int[] previousCut = null;
        for (int[] cut : cuts(text, p0, p1)) {
            if (cut[1] <= p0) {
                previousCut = leftCut;
                leftCut = cut;
                left = cut[1];
            } else if (cut[0] >= p1 && right == text.length()) {
                right = cut[0];
            }
        }
        int previousEnd = previousCut == null ? 0 : previousCut[1];
        boolean relative = leftCut != null && leftCut[2] == 1;
        if (relative) { // a relative clause ends at its closing comma
            int close = text.indexOf(", ", p1);
            if (close >= 0 && close < right) {
                right = close;
            }
        }
        if (isBlank(text, left, p0) && isBlank(text, p1, right) && leftCut != null) {
            return new Segment(previousEnd, right, false, 0, 0, false); // "X – in 2015, 2017": the list elaborates X
        }
        if (leftCut != null && !relative && BACK_REFERENCE.matcher(text.substring(left)).find()) {
            return new Segment(previousEnd, right, false, 0, 0, true); // "X were Y - their share in 2022 was ..."
        }
        return new Segment(left, right, relative, previousEnd, relative ? leftCut[0] : 0, false);
    }

    /** Whether an offset lies inside a quotation: a speaker's words, not the article's own statement. */
    boolean insideQuotes(String text, int at) {
        String before = text.substring(0, at);
        int open = count(before, "\u201c") + count(before, "``");
        int close = count(before, "\u201d") + count(before, "''");
        return count(before, "\"") % 2 == 1 || open > close;
    }

    /**
     * Dashes that come in pairs around an aside ("About 200 Americans _ embassy staff and their families _ left
     * Pakistan"), as {start of the first, end of the second}; an aside that does not hold the date phrase is
     * no clause boundary, it is left out of the clause.
     */
    List<int[]> asides(String text, int p0, int p1) {
        List<int[]> dashes = new ArrayList<>();
        Matcher m = DASH.matcher(text);
        while (m.find()) {
            if (!nested(text, m.start())) {
                dashes.add(new int[]{m.start(), m.end()});
            }
        }
        List<int[]> asides = new ArrayList<>();
        for (int i = 0; i + 1 < dashes.size(); i += 2) {
            int[] open = dashes.get(i);
            int[] close = dashes.get(i + 1);
            if (close[1] <= p0 || open[0] >= p1) {
                asides.add(new int[]{open[0], close[1]});
            }
        }
        Matcher relative = RELATIVE_ASIDE.matcher(text);
        while (relative.find()) {
            if (relative.end() <= p0 && !nested(text, relative.start())) {
                asides.add(new int[]{relative.start(), relative.end()});
            }
        }
        return asides;
    }

    /**
     * ", who were invited in July 1997, will officially join NATO on March 12", "MindSpring, which provided the space,
     * closed it Thursday", "Merieux, which offered C$37 (US$31), or C$942 million, said it would extend its bid last
     * Thursday": a relative clause closed before the date, with the main clause's verb right after it, is
     * an aside of the subject, not the date's clause.
     */
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(
            ",\\s+(?:who|which)\\s+[^;]{1,160}?,\\s+(?=(?:\\p{Ll}+ly\\s+)?(?:will|would|has|have|had|is|are|was|were|can|could|may"
            + "|might|must|should|shall|did|does|do|\\p{Ll}{3,}ed|said|told|made|took|gave|won|lost|sold|bought|left|met|found"
            + "|became|began|held|kept|paid|set|got|went|came|saw|rose|fell|grew|led|brought|sent|spent|built|wrote)\\b)");

    private static final Pattern DASH = Pattern.compile("\\s+(?:[\u2013\u2014_-]|--+)\\s+");

    /** Clause boundaries {start, end, isRelative} outside the date phrase, brackets, quotes and asides. */
    private List<int[]> cuts(String text, int p0, int p1) {
        List<int[]> cuts = new ArrayList<>();
        List<int[]> asides = asides(text, p0, p1);
        Matcher m = BOUNDARY.matcher(text);
        int previous = 0;
        while (m.find()) {
            int at = m.start();
            int from = previous;
            previous = m.end();
            if (m.group(3) != null && (!hasVerb(text.substring(from, at))
                    || m.start() >= p1 && !hasVerb(text.substring(m.end())) && !PRESENT_NEXT.matcher(text.substring(m.end())).lookingAt())) {
                // "bombings at embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7 killed 258":
                // an "and" after words with no verb joins names in a list, not two clauses; so does one after the
                // date with no verb after it ("travel Thursday with his wife, their son, and with Fernando Remirez,
                // chief of ..."), unless a present verb opens it ("began raising its stake in July, and holds 14.6%")
                continue;
            }
            if (m.end() > p0 && m.start() < p1 || nested(text, m.start())
                    || asides.stream().anyMatch(a -> a[0] <= at && at < a[1])) {
                continue;
            }
            if (m.group(2) != null && m.end() <= p0) {
                continue; // ", including X" and ", also Y" end a clause; they never start the one a date is in
            }
            cuts.add(new int[]{m.start(), m.end(), m.group(1) != null ? 1 : 0});
        }
        return cuts;
    }

    /** A finite verb among the words: an auxiliary or a simple past, written in lower case. */
    private boolean hasVerb(String words) {
        return java.util.Arrays.stream(words.split("\\s+")).anyMatch(verbs::isFiniteWord);
    }

    private boolean nested(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0 || insideQuotes(text, at);
    }

    private static boolean isBlank(String text, int from, int to) {
        return from >= to || text.substring(from, to).replaceAll("[\\p{Punct}\\s\u2013\u2014]", "").isEmpty();
    }

    private static int count(String s, String what) {
        return (s.length() - s.replace(what, "").length()) / what.length();
    }
}
