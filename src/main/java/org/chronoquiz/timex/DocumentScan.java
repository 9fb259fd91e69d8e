package org.chronoquiz.timex;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One document as the patterns see it: tokens, sentence numbers, the creation date, the tense of a
 * clause and the {@link StoryMemory} of what it has named so far. Built per call, so the extractor
 * itself stays stateless.
 */
final class DocumentScan {

    /** Words that make a weekday or month the name of an event or holiday. */
    private static final Set<String> NAME_EPITHETS = Set.of("black", "good", "bloody", "super", "ash", "cyber",
        "holy", "palm", "maundy", "easter", "blue", "red", "green");

    /** Nouns after a four-digit number that make it a quantity rather than a year. */
    private static final Set<String> COUNTED_NOUNS = Set.of("people", "persons", "troops", "soldiers", "workers",
        "employees", "members", "students", "jobs", "units", "shares", "tons", "tonnes", "meters", "metres",
        "miles", "kilometers", "kilometres", "feet", "yards", "dollars", "pounds", "euros", "yen", "votes",
        "cases", "deaths", "homes", "houses", "cars", "vehicles", "barrels", "acres", "refugees", "prisoners",
        "points", "pages", "copies", "rounds", "years", "months", "days", "hours", "minutes", "seconds");

    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "of", "by", "from", "until", "till",
        "before", "after", "around", "year", "to", "and", "through", "between", "circa", "c");
    /** Capitalised words that introduce a year rather than name a product ("Fiscal 1989", "Class of 2020"). */
    private static final Set<String> YEAR_NOUNS = Set.of("fiscal", "year", "class", "summer", "winter", "spring",
        "autumn", "fall", "january", "christmas", "easter");

    final String text;
    final LocalDate dct;
    final Lexicon lexicon;
    private final List<Token> tokens;
    private final int[] sentence;
    private final TenseDetector tenses;
    /** What the story has named so far, which "the following year" or "a year earlier" count from. */
    final StoryMemory story;

    DocumentScan(String text, LocalDate dct, List<Token> tokens, List<Sentence> sentences, Lexicon lexicon,
                 TenseDetector tenses) {
        this.text = text;
        this.dct = dct;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.tenses = tenses;
        this.sentence = sentenceIds(sentences);
        this.story = new StoryMemory(dct);
    }

    /**
     * Each token's sentence number, from the article's {@link Sentences}; a semicolon also starts a new
     * number, since tense and the story's anchors do not reach across it.
     */
    private int[] sentenceIds(List<Sentence> sentences) {
        int[] ids = new int[tokens.size()];
        int id = 0;
        int s = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (s < sentences.size() && t.start() >= sentences.get(s).end()) {
                s++;
                id++;
            }
            ids[i] = id;
            if (t.lower().equals(";")) {
                id++;
            }
        }
        return ids;
    }

    /** The day the story is telling about: the last day it named, else the creation date. */
    LocalDate storyDay() {
        return story.lastNamedDay != null ? story.lastNamedDay : dct;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** Lower-case text of token i, or "" beyond either end, so patterns can peek without bounds checks. */
    String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    boolean isNumber(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isNumber();
    }

    boolean isWord(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord();
    }

    /** True when token i directly touches token i-1 (no whitespace between). */
    boolean attached(int i) {
        return i > 0 && i < tokens.size() && !tokens.get(i).gapBefore();
    }

    int intValue(int i) {
        Token t = tokens.get(i);
        if (t.length() > 9) {
            return -1;
        }
        return Integer.parseInt(t.lower());
    }

    int sentenceOf(int i) {
        // positions before the first token or after the last belong to no sentence of their own
        if (sentence.length == 0 || i < 0) {
            return -1;
        }
        return sentence[Math.min(i, sentence.length - 1)];
    }

    boolean capitalised(int i) {
        return i >= 0 && i < tokens.size() && Character.isUpperCase(text.charAt(tokens.get(i).start()));
    }

    /**
     * True when the date word at token i is part of a name: "Black Monday", "Good Friday" (a known
     * epithet before it) or "the October Revolution" (after "the", a capitalised word that is not a date
     * word). A bare capitalised word before is not enough: AP style writes "President Clinton Thursday".
     */
    /** True at the first token of a sentence or of a quotation, where any word is capitalised. */
    private boolean isSentenceStart(int i) {
        return i <= 0 || sentenceOf(i - 1) != sentenceOf(i) || lower(i - 1).equals("'") || lower(i - 1).equals("\"")
            || lower(i - 1).equals("(");
    }

    boolean inName(int i) {
        if (capitalised(i - 1) && NAME_EPITHETS.contains(lower(i - 1))) {
            return true;
        }
        return lower(i - 1).equals("the") && isWord(i + 1) && capitalised(i + 1)
            && sentenceOf(i + 1) == sentenceOf(i)
            && lexicon.month(lower(i + 1)) == null && lexicon.weekday(lower(i + 1)) == null;
    }

    Tense tense(int from, int to) {
        return tenses.tenseAt(this, from, to);
    }

    /** A 4-digit number read as a year, or -1 when it looks like a quantity ("1,500", "$2000", "2000%"). */
    int yearAt(int i) {
        if (!isNumber(i) || token(i).length() != 4) {
            return -1;
        }
        int y = intValue(i);
        if (y < 1000 || y > 2199) {
            return -1;
        }
        String prev = lower(i - 1);
        if (attached(i) && (prev.equals(",") || prev.equals(".") || prev.equals("$") || isWord(i - 1))) {
            return -1;
        }
        if (prev.equals("$") || prev.equals("#")) {
            return -1;
        }
        String next = lower(i + 1);
        if (attached(i + 1) && (next.equals(",") || next.equals(".") || next.equals("%") || next.equals(":"))
            && isNumber(i + 2) && attached(i + 2)) {
            return -1;
        }
        if (attached(i + 1) && (next.equals("%") || isWord(i + 1) && !next.equals("s"))) {
            return -1;
        }
        // "2000 troops", "1500 meters": a count of things
        if (COUNTED_NOUNS.contains(next)) {
            return -1;
        }
        // "555-1234": the tail of a phone number, not the end of a year range like "2019-2020"
        if (prev.equals("-") && attached(i) && isNumber(i - 2) && attached(i - 1) && token(i - 2).length() != 4) {
            return -1;
        }
        // "Windows 2000", "Orion 1980": a capitalised name right before a bare number makes it a model
        if (isWord(i - 1) && capitalised(i - 1) && sentenceOf(i - 1) == sentenceOf(i) && !isSentenceStart(i - 1)
            && lexicon.month(prev) == null && lexicon.weekday(prev) == null && !YEAR_NOUNS.contains(prev)) {
            return -1;
        }
        // years before 1800 are rare in news; "1600 Pennsylvania Ave." is an address
        if (y < 1800 && !YEAR_PREPOSITIONS.contains(prev)) {
            return -1;
        }
        return y;
    }
}
