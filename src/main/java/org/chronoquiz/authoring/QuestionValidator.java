package org.chronoquiz.authoring;

import org.chronoquiz.questions.QuestionType;
import org.chronoquiz.dates.TypedDates;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.TextInput;

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
    static final int MAX_CHOICES_TEXT = 6 * (MAX_CHOICE + 2);

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
        List<String> choices = lines(in.choices());
        String answer;
        if (kind == QuestionType.TIMELINE) {
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
        } else if (kind != QuestionType.TIMELINE) {
            if (!choices.isEmpty()) {
                throw new InvalidInput("choices", "Only multiple-choice and timeline questions have choices.");
            }
        }
        if (kind == QuestionType.CLOZE && !prompt.contains(BLANK)) {
            throw new InvalidInput("prompt", "A cloze prompt needs a blank written as " + BLANK + ".");
        }
        if (kind != QuestionType.TIMELINE && prompt.toLowerCase(Locale.ROOT).contains(answer.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput("prompt", "The prompt gives the answer away.");
        }
        String answerValue = kind == QuestionType.WHAT_HAPPENED || kind == QuestionType.TIMELINE ? null : timex(answer);
        String source = in.sourceSentence() == null || in.sourceSentence().isBlank() ? null
                : limit(in.sourceSentence().trim(), "source_sentence", 2000);
        return new ValidQuestion(deckId, type, prompt, answer, answerValue, choices, source, Tags.read(in.tags()));
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
