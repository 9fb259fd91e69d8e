package org.chronoquiz.generation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Places a date written without its year ("on November 22-23") in the right year for the sentence's tense:
 * a past-tense sentence cannot tell of a date after publication, a future-tense one of a date before it.
 * Dates that spell out their year are left exactly as the extractor resolved them.
 */
final class TenseCheck {
    private final VerbForms verbs;

    TenseCheck(VerbForms verbs) {
        this.verbs = verbs;
    }

    String resolve(String value, String dateText, String sentence, LocalDate published) {
        if (published == null) {
            return value;
        }
        String resolved = value.startsWith("XXXX") ? String.format(Locale.ROOT, "%04d", published.getYear()) + value.substring(4)
                : value;
        if (dateText.matches("(?s).*\\b\\d{4}\\b.*")) {
            return resolved;
        }
        Optional<DateValue> date = DateValue.parse(resolved, null);
        if (date.isEmpty()) {
            return resolved;
        }
        int shift = 0;
        if (isPast(sentence)) {
            while (date.get().firstDay().plusYears(shift).isAfter(published)) {
                shift--;
            }
        } else if (isFuture(sentence)) {
            while (date.get().lastDay().plusYears(shift).isBefore(published)) {
                shift++;
            }
        }
        return String.format(Locale.ROOT, "%04d", Integer.parseInt(resolved.substring(0, 4)) + shift) + resolved.substring(4);
    }

    private boolean isPast(String sentence) {
        return words(sentence).anyMatch(w -> verbs.isPastAuxiliary(w) || verbs.isSimplePast(w));
    }

    private boolean isFuture(String sentence) {
        return words(sentence).anyMatch(w -> w.equals("will") || w.equals("shall") || w.equals("next"))
                || sentence.matches("(?s).*\\b(is|are) (expected|scheduled|set|due|to)\\b.*"); // "are expected to join in April"
    }

    private Stream<String> words(String sentence) {
        return Arrays.stream(sentence.split("[^\\p{L}'-]+")).map(w -> w.toLowerCase(Locale.ROOT));
    }
}
