package org.chronoquiz.timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds and normalises temporal expressions. Pure: no I/O, no state between calls; one instance
 * can be shared by threads. A single left-to-right pass over the tokens takes, at each position, the
 * longest expression any pattern family offers.
 */
public final class TimexExtractor {

    /** Words before a relative expression that TimeBank keeps in the extent after "the". */
    private static final Set<String> FRAME_WORDS = Set.of("past", "last", "next", "coming", "previous",
        "following", "latest", "current");

    private static final Set<String> EDGE_WORDS = Set.of("early", "late", "mid");

    private final Tokenizer tokenizer = new Tokenizer();
    private final Lexicon lexicon = new Lexicon();
    private final TenseDetector tenses = new TenseDetector();
    private final Modifiers modifiers = new Modifiers();
    private final RangeEnds rangeEnds = new RangeEnds();
    private final List<TimexPattern> patterns = List.of(
        new AbsoluteDatePatterns(), new DecadePatterns(), new NumericDatePatterns(), new PeriodPatterns(), new RelativeDatePatterns(), new StoryRelativePatterns(),
        new WeekdayPatterns(), new HolidayPatterns(),
        new TimeOfDayPatterns(), new DurationPatterns(), new SetPatterns(), new VaguePatterns());

    public List<Timex> extract(String text, LocalDate dct) {
        DocumentScan scan = new DocumentScan(text, dct, tokenizer.tokenize(text), lexicon, tenses);
        List<Timex> out = new ArrayList<>();
        int i = 0;
        int emittedUpTo = 0;
        while (i < scan.size()) {
            Match m = bestAt(scan, i);
            if (m != null && compoundHead(scan, m)) {
                m = null;
            }
            if (m == null) {
                i++;
                continue;
            }
            if (m.from() < emittedUpTo) {
                // a pattern that reaches back ("earlier in the week") never overlaps what is already out
                m = m.withFrom(emittedUpTo);
            }
            emit(scan, m, out);
            Match next = rangeEnds.after(scan, m);
            if (next != null) {
                emit(scan, next, out);
                m = next;
            }
            i = m.to();
            emittedUpTo = i;
        }
        return out;
    }

    /** "the quarter-to-quarter comparison", "day-to-day": the unit only qualifies a compound adjective. */
    private static boolean compoundHead(DocumentScan s, Match m) {
        return s.lower(m.to()).equals("-") && s.attached(m.to()) && s.lower(m.to() + 1).equals("to")
            && s.attached(m.to() + 1);
    }

    private Match bestAt(DocumentScan s, int i) {
        Match best = longest(s, i);
        Modifiers.Prefix prefix = modifiers.at(s, i);
        if (prefix != null) {
            Match inner = longest(s, prefix.end());
            boolean approx = "APPROX".equals(prefix.mod());
            // "around 7:15 p.m." keeps its hedge; "around Wednesday", "about two weeks" do not
            if (inner != null && (approx ? inner.type() == TimexType.TIME
                : inner.type() == TimexType.DATE || inner.type() == TimexType.TIME)
                && (best == null || inner.to() > best.to())) {
                String mod = prefix.mod() != null ? prefix.mod() : inner.mod();
                best = inner.withFrom(i).withMod(mod);
            }
        }
        // "the early 1980s", "the mid-1990s": the article before early/late/mid stays in the extent
        boolean earlyLateMid = EDGE_WORDS.contains(s.lower(i + 1));
        if (s.lower(i).equals("the") && earlyLateMid) {
            Match m = bestAt(s, i + 1);
            if (m != null && m.from() == i + 1 && (best == null || m.to() > best.to())) {
                best = m.withFrom(i);
            }
        }
        if (s.lower(i).equals("the") && FRAME_WORDS.contains(s.lower(i + 1))) {
            Match inner = longest(s, i + 1);
            if (inner != null && inner.from() == i + 1 && (best == null || inner.to() > best.to())
                && !inner.value().equals("PRESENT_REF")) {
                best = inner.withFrom(i);
            }
        }
        return best;
    }

    private Match longest(DocumentScan s, int i) {
        Match best = null;
        for (TimexPattern p : patterns) {
            Match m = p.at(s, i);
            if (m != null && m.to() > m.from() && (best == null || m.to() > best.to())) {
                best = m;
            }
        }
        return best;
    }

    private void emit(DocumentScan s, Match m, List<Timex> out) {
        int start = s.token(m.from()).start();
        int end = s.token(m.to() - 1).end();
        out.add(new Timex(start, end, s.text.substring(start, end), m.type(), m.value(), m.mod()));
        remember(s, m);
    }

    /** Keeps the story's current year and quarter for later "the following year" or "a year earlier". */
    private void remember(DocumentScan s, Match m) {
        String v = m.value();
        if (m.type() == TimexType.DURATION && (v.equals("P6M") || v.equals("P9M"))) {
            s.lastSpanAt = m.from();
            s.lastSpanValue = v;
        }
        if (m.type() == TimexType.DURATION || m.type() == TimexType.SET || v.length() < 4 || !Character.isDigit(v.charAt(0))
            || !Character.isDigit(v.charAt(3))) {
            return;
        }
        boolean explicitYear = false;
        boolean quarterWord = false;
        boolean fiscal = s.lower(m.from() - 1).equals("fiscal");
        for (int k = m.from(); k < m.to(); k++) {
            explicitYear |= s.yearAt(k) > 0;
            quarterWord |= s.lower(k).equals("quarter");
            fiscal |= s.lower(k).equals("fiscal");
        }
        if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && Character.isDigit(v.charAt(9))) {
            s.lastNamedDay = LocalDate.parse(v.substring(0, 10));
            s.lastNamedDayEnd = m.to();
        }
        if (v.length() >= 7 && v.charAt(4) == '-' && Character.isDigit(v.charAt(5)) && Character.isDigit(v.charAt(6))) {
            s.lastNamedMonth = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), 1);
        }
        int year = Integer.parseInt(v.substring(0, 4));
        if (v.endsWith("-QX")) {
            s.unnumberedQuarterAt = m.from();
        }
        if (v.length() == 7 && (v.charAt(5) == 'Q' || v.charAt(5) == 'H')) {
            s.lastPeriodEnd = m.to();
            s.lastPeriodYear = year;
            s.lastPeriodValue = v;
        }
        if (explicitYear) {
            s.lastYear = year;
            s.lastYearAt = m.from();
            if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                s.lastDay = LocalDate.parse(v);
                s.lastDayAt = m.from();
            }
        }
        // the story's quarter is a recently closed one; older quarters are the comparisons ("the 1988 quarter")
        int quarterIndex = v.length() == 7 && v.charAt(5) == 'Q' && Character.isDigit(v.charAt(6))
            ? year * 4 + (v.charAt(6) - '0') : -1;
        int currentIndex = s.dct.getYear() * 4 + Calendar.quarterOf(s.dct);
        // the creation date's own quarter is the story's only when reported as over ("a decline in fourth-quarter
        // earnings" of a fiscal year), not when forecast ("expects fourth-quarter earnings to rise")
        boolean closed = quarterIndex < currentIndex
            || quarterIndex == currentIndex && s.tense(m.from(), m.to()) == Tense.PAST;
        // "after a flat second quarter" looks back at an earlier quarter; the story's own is definite
        // ("a third-quarter loss" is the loss that is indefinite, not the quarter)
        boolean indefinite = !s.lower(m.to() - 2).equals("-")
            && (s.lower(m.from() - 1).equals("a") || s.lower(m.from() - 2).equals("a"));
        if (quarterWord && closed && !indefinite && quarterIndex >= currentIndex - 3) {
            s.lastQuarter = v.charAt(6) - '0';
            s.lastQuarterYear = year;
            s.lastQuarterAt = m.from();
            s.lastQuarterFiscal = fiscal;
        }
    }
}
