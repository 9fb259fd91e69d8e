package org.chronoquiz.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits article text into sentences: the one place that decides where a sentence of an article begins and
 * ends, for the extractor (a clause's tense, how far back the story's last date still counts) and for the
 * questions built on its dates. A line break always ends a sentence (news pages put headings,
 * captions and datelines on lines of their own); inside a line, '.', '!' or '?' followed by a space and a
 * capital, digit or quote ends one, unless the word before is a known abbreviation ("St.", "Mr.").
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "prof", "jr", "sr", "no", "sen", "rep",
            "gov", "adm", "cmdr", "rev", "gens", "sens", "reps", "pres", "ave", "blvd", "mt", "ft", "dept", "univ",
            "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct",
            "nov", "dec", "u.s", "u.k", "e.g", "i.e");

    /**
     * A wire story's dateline before its lead sentence: "MOSCOW (AP)_ ", "WASHINGTON _ ", "INDEPENDENCE, Mo. _ ",
     * "ADDIS ABABA, Ethiopia (AP) -- ". It places the story, it is not part of the sentence.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]+(?:, [\\p{L}.' ]+)?\\s*(?:\\((?:AP|Xinhua|Reuters|AFP|UPI)\\))?\\s*(?:_|--|\u2014)\\s*");

    /** A wire editor's sign-off at the end of a story: "(ab/dc)", "(js)". */
    private static final Pattern SIGN_OFF = Pattern.compile("\\(\\p{Ll}{1,4}(?:/\\p{Ll}{1,4})*\\)\\s*");

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void splitLine(String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, to)) {
                int end = closeQuotes(text, i + 1, to);
                add(text, start, end, out);
                start = end;
            }
        }
        add(text, start, to, out);
    }

    private boolean endsSentence(String text, int dot, int lineEnd) {
        int next = closeQuotes(text, dot + 1, lineEnd);
        if (next >= lineEnd) {
            return true;
        }
        if (text.charAt(next) != ' ' || next + 1 >= lineEnd) {
            return false;
        }
        char following = text.charAt(next + 1);
        if (SIGN_OFF.matcher(text).region(next + 1, lineEnd).matches()) {
            return true; // "... was ordered home and retired. (ab/dc)": the editors' initials are no part of it
        }
        if (text.charAt(dot) == '.' && isAbbreviation(text, dot) && !startsSentence(text, next + 1)) {
            return false; // "in the U.S. The company ...": an abbreviation can end a sentence too
        }
        // a lower-case start still ends the sentence after a long plain word: "... Republic. moscow also ...",
        // but not after a quotation: "``The struggle must not stop!'' said a message"
        return Character.isUpperCase(following) || Character.isDigit(following) || opensQuote(text, next + 1)
                || Character.isLowerCase(following) && next == dot + 1 && wordBefore(text, dot).length() >= 4;
    }

    /**
     * Past the closing quotation marks after a full stop: '"', '\u201d', and wire copy's two apostrophes
     * ("... at the talks.'' Thai officials said"), so a quoted sentence ends where its quote closes.
     */
    private static int closeQuotes(String text, int at, int lineEnd) {
        while (at < lineEnd) {
            char c = text.charAt(at);
            if (c == '"' || c == '\u201d' || c == '\u2019') {
                at++;
            } else if (c == '\'' && at + 1 < lineEnd && text.charAt(at + 1) == '\'') {
                at += 2;
            } else {
                break;
            }
        }
        return at;
    }

    /** A quotation opens: '"', '\u201c', or wire copy's two backticks ("``We will ..."). */
    private static boolean opensQuote(String text, int at) {
        char c = text.charAt(at);
        return c == '"' || c == '\u201c' || text.startsWith("``", at) || text.startsWith("''", at);
    }

    private boolean isAbbreviation(String text, int dot) {
        String word = wordBefore(text, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1; // single letters are initials: "John F. Kennedy"
    }

    private boolean startsSentence(String text, int at) {
        return text.startsWith("The ", at) || text.startsWith("It ", at) || text.startsWith("He ", at)
                || text.startsWith("She ", at) || text.startsWith("They ", at) || text.startsWith("But ", at)
                || text.startsWith("In ", at) || text.startsWith("This ", at) || text.startsWith("A ", at);
    }

    private String wordBefore(String text, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        return text.substring(w, dot);
    }

    private void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Matcher dateline = DATELINE.matcher(text).region(start, end);
        if (dateline.lookingAt() && dateline.end() < end) {
            start = dateline.end();
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
