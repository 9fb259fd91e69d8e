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
    private final Sentences sentences = new Sentences();
    private final Lexicon lexicon = new Lexicon();
    private final TenseDetector tenses = new TenseDetector();
    private final Modifiers modifiers = new Modifiers();
    private final RangeEnds rangeEnds = new RangeEnds();
    private final List<TimexPattern> patterns = List.of(
        new AbsoluteDatePatterns(), new DecadePatterns(), new NumericDatePatterns(), new PeriodPatterns(), new RelativeDatePatterns(), new StoryRelativePatterns(),
        new WeekdayPatterns(), new HolidayPatterns(),
        new TimeOfDayPatterns(), new DurationPatterns(), new SetPatterns(), new VaguePatterns());

    /** The timexes of a text, in order. */
    public List<Timex> extract(String text, LocalDate dct) {
        return read(text, dct).timexes();
    }

    /** The text's sentences and its timexes, as the questions built on them must see both. */
    public Reading read(String text, LocalDate dct) {
        List<Sentence> sentences = this.sentences.split(text);
        DocumentScan scan = new DocumentScan(text, dct, tokenizer.tokenize(text), sentences, lexicon, tenses);
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
        return new Reading(sentences, List.copyOf(out));
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
            // "around 7:15 p.m." and "about two years ago" keep their hedge (TimeBank's APPROX, and no exact
            // year to ask about); "around Wednesday", "about two weeks" do not
            if (inner != null && (approx ? inner.type() == TimexType.TIME
                || inner.type() == TimexType.DATE && s.lower(inner.to() - 1).equals("ago")
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
        if (best != null && best.mod() == null && s.lower(best.to()).equals("or") && s.lower(best.to() + 1).equals("so")) {
            best = best.withMod("APPROX"); // "over the next year or so": a hedge, no year to ask about
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
        out.add(new Timex(start, end, s.text.substring(start, end), m.type(), m.value(), m.mod(), s.tense(m.from(), m.to())));
        s.story.remember(s, m);
    }
}
