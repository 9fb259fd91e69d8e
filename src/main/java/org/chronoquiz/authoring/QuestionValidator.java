package org.chronoquiz.authoring;

import org.chronoquiz.numbers.NumericAnswer;
import org.chronoquiz.numbers.TypedNumbers;
import org.chronoquiz.questions.Matching;
import org.chronoquiz.questions.QuestionType;
import org.chronoquiz.dates.TypedDates;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.TextInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Checks an instructor's question the way a careful colleague would: every field there, choices that
 * contain the answer, a cloze with a blank, a prompt that does not give its answer away.
 * Date answers get their TIMEX3 value so that typed answers are graded tolerantly.
 */
final class QuestionValidator {
    static final String BLANK = "_____";
    static final int MAX_CHOICE = 300;
    static final int MAX_CHOICES_TEXT = 15 * (MAX_CHOICE + 2);
    static final int MAX_NUMBER = 40;

    ValidQuestion validate(QuestionInput in) {
        long deckId;
        try {
            deckId = Long.parseLong(required(in.deckId(), "deck_id", "Choose a deck."));
        } catch (NumberFormatException e) {
            throw new InvalidInput("deck_id", "Choose a deck.");
        }
        String type = required(in.type(), "type", "Choose a question type.");
        QuestionType kind = QuestionType.of(type).orElseThrow(() -> new InvalidInput("type", "Unknown question type '" + type + "'."));
        String prompt = limit(required(in.prompt(), "prompt", "Write the question."), "prompt", 1000);
        if (kind == QuestionType.NUMERICAL) {
            return numerical(in, deckId, type, prompt);
        }
        List<String> choices = lines(in.choices());
        String answer;
        if (kind == QuestionType.MATCHING) {
            Matching matching = matching(choices);
            choices = matching.lefts();
            answer = matching.answer();
        } else if (kind == QuestionType.TIMELINE) {
            if (choices.size() < 3 || choices.size() > 6) {
                throw new InvalidInput("choices", "List 3 to 6 events, one per line, in the order they happened.");
            }
            answer = String.join("\n", choices);
        } else {
            answer = limit(required(in.answer(), "answer", "Give the answer."), "answer", 500);
        }
        if (kind == QuestionType.WHEN || kind == QuestionType.WHAT_HAPPENED) {
            if (choices.size() < 2 || choices.size() > 6) {
                throw new InvalidInput("choices", "Give 2 to 6 choices, one per line.");
            }
            if (!choices.contains(answer)) {
                throw new InvalidInput("choices", "The answer must be one of the choices, written the same way.");
            }
        } else if (kind != QuestionType.TIMELINE && kind != QuestionType.MATCHING) {
            if (!choices.isEmpty()) {
                throw new InvalidInput("choices", "Only multiple-choice, timeline and matching questions have choices.");
            }
        }
        if (!blank(in.tolerance())) {
            throw new InvalidInput("tolerance", "Only numerical questions have a tolerance.");
        }
        if (kind == QuestionType.CLOZE && !prompt.contains(BLANK)) {
            throw new InvalidInput("prompt", "A cloze prompt needs a blank written as " + BLANK + ".");
        }
        if (kind != QuestionType.TIMELINE && kind != QuestionType.MATCHING
                && prompt.toLowerCase(Locale.ROOT).contains(answer.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput("prompt", "The prompt gives the answer away.");
        }
        String answerValue = kind == QuestionType.WHAT_HAPPENED || kind == QuestionType.TIMELINE
                || kind == QuestionType.MATCHING ? null : timex(answer);
        String source = in.sourceSentence() == null || in.sourceSentence().isBlank() ? null
                : limit(in.sourceSentence().trim(), "source_sentence", 2000);
        return new ValidQuestion(deckId, type, prompt, answer, answerValue, choices, source, Tags.read(in.tags()));
    }

    /**
     * A number, its tolerance (blank: exact; never negative) and partial-credit alternatives in the choices, one per
     * line as "50% 2013:2" (a percent, a value, a tolerance). Stored as {@link NumericAnswer} says.
     */
    private ValidQuestion numerical(QuestionInput in, long deckId, String type, String prompt) {
        String typed = limit(required(in.answer(), "answer", "Give the answer: a number, such as 2013."), "answer", MAX_NUMBER);
        BigDecimal value = TypedNumbers.read(typed).orElseThrow(() -> new InvalidInput("answer",
                "The answer of a numerical question is a number, such as 2013 or 2.5."));
        BigDecimal tolerance = BigDecimal.ZERO;
        if (!blank(in.tolerance())) {
            String t = limit(in.tolerance().trim(), "tolerance", MAX_NUMBER);
            tolerance = TypedNumbers.read(t).orElseThrow(() -> new InvalidInput("tolerance",
                    "The tolerance is a number: how far from the answer still counts (0 for exactly)."));
            if (tolerance.signum() < 0) {
                throw new InvalidInput("tolerance", "The tolerance cannot be negative: 0 accepts the answer exactly.");
            }
        }
        NumericAnswer main = new NumericAnswer(value, tolerance, 100);
        List<String> alternatives = new ArrayList<>();
        List<String> lines = lines(in.choices());
        if (lines.size() > 5) {
            throw new InvalidInput("choices", "At most 5 partial-credit answers.");
        }
        for (String line : lines) {
            NumericAnswer a = NumericAnswer.readLine(line).orElseThrow(() -> new InvalidInput("choices",
                    "Write each partial-credit answer as a percent and a number with its tolerance, such as “50% 2013:2”; "
                            + "“" + line + "” is not."));
            if (a.percent() < 1) { // 100% is another fully right answer, as Moodle allows
                throw new InvalidInput("choices", "A partial-credit answer earns 1% to 100%; “" + line + "” earns nothing.");
            }
            alternatives.add(a.line());
        }
        if (prompt.contains(value.toPlainString()) && value.abs().compareTo(BigDecimal.TEN) >= 0) {
            throw new InvalidInput("prompt", "The prompt gives the answer away.");
        }
        String source = in.sourceSentence() == null || in.sourceSentence().isBlank() ? null
                : limit(in.sourceSentence().trim(), "source_sentence", 2000);
        return new ValidQuestion(deckId, type, prompt, value.toPlainString(), main.spec(), alternatives, source,
                Tags.read(in.tags()));
    }

    /** "left -> right" per line, 2 to 10 pairs with different left items; "-> right" adds a right item that matches nothing. */
    private static Matching matching(List<String> lines) {
        List<Matching.Pair> pairs = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (String line : lines) {
            int arrow = line.indexOf(Matching.ARROW);
            if (arrow < 0) {
                throw new InvalidInput("choices", "Write each pair as “left -> right”; “" + line + "” has no ->.");
            }
            String left = line.substring(0, arrow).trim();
            String right = line.substring(arrow + Matching.ARROW.length()).trim();
            if (right.isEmpty()) {
                throw new InvalidInput("choices", "“" + line + "” matches nothing: write the right item after ->.");
            }
            if (left.isEmpty()) {
                extras.add(right);
            } else if (pairs.stream().anyMatch(p -> p.left().equals(left))) {
                throw new InvalidInput("choices", "“" + left + "” is paired twice: each left item once.");
            } else {
                pairs.add(new Matching.Pair(left, right));
            }
        }
        if (pairs.size() < 2 || pairs.size() > 10) {
            throw new InvalidInput("choices", "Give 2 to 10 pairs, one per line, as “left -> right”.");
        }
        if (extras.size() > 5) {
            throw new InvalidInput("choices", "At most 5 extra right items (“-> right”).");
        }
        return new Matching(pairs, extras);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The TIMEX3 value of an answer that reads as exactly one date, else null (graded as text). */
    static String timex(String answer) {
        return TypedDates.readOne(answer).map(d -> d.start().timex()).orElse(null);
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, message);
        }
        return value.trim();
    }

    /** Bounded first, then NFC and free of control and invisible characters, like every stored line. */
    private static String limit(String value, String field, int max) {
        if (value.length() > max) {
            throw new InvalidInput(field, "Keep it under " + max + " characters.");
        }
        return TextInput.clean(value, field, "text", false);
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        if (text.length() > MAX_CHOICES_TEXT) { // before splitting: an unbounded field is never parsed
            throw new InvalidInput("choices", "Keep the choices under " + MAX_CHOICES_TEXT + " characters in all.");
        }
        text = TextInput.clean(text, "choices", "list of choices", true);
        if (text.lines().anyMatch(l -> l.trim().length() > MAX_CHOICE)) {
            throw new InvalidInput("choices", "Keep each choice under " + MAX_CHOICE + " characters.");
        }
        List<String> lines = new ArrayList<>(new LinkedHashSet<>(text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList()));
        if (lines.size() != text.lines().map(String::trim).filter(s -> !s.isEmpty()).count()) {
            throw new InvalidInput("choices", "Each choice must be different.");
        }
        return lines;
    }
}
