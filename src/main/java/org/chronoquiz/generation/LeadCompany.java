package org.chronoquiz.generation;

import org.chronoquiz.timex.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The company a business story is about, for a prompt whose subject is only "the company": "When did the company
 * adopt a shareholder-rights plan?" names no one once it stands apart from the story. The lead's subject is that
 * company when it carries a company's suffix ("Upjohn Co. said ...") and the story names no other company so; with
 * two or more the referent is a guess, and a question naming the wrong one teaches a falsehood, so none is named.
 */
final class LeadCompany {
    private static final Pattern NAME = Pattern.compile(
            "\\b(?:\\p{Lu}[\\p{L}&'-]*\\.?\\s+){1,4}(?:Corp|Inc|Co|Ltd|Bancorp|Holdings|Industries|PLC|AG)\\b\\.?");
    /** "the company" as a prompt's subject: at its start, or after a question word and its auxiliary. */
    private static final Pattern SUBJECT = Pattern.compile(
            "^((?:According to [^,]+, )?(?:(?:When|By when|Until when|Since when) (?:did|was|were|is|will|has|had|would|could) )?)"
            + "(?i:the) (?:company|insurer|thrift|bank)\\b");

    /**
     * "the Sunnyvale, Calif., company", "The St. Louis company earned": a company described by its home town, which
     * only the story can name.
     */
    private static final Pattern BY_PLACE = Pattern.compile(
            "\\b(?i:the) (?:\\p{Lu}[\\p{L}.]*,?\\s+){1,4}(?:company|concern|maker|firm)\\b(?!\\s+of\\b)"); // not "the Rockford, Ill., maker of fasteners"

    private LeadCompany() {
    }

    /** The company the lead names as its subject, if it is the only company the story names. */
    static Optional<String> of(List<Sentence> sentences) {
        Optional<Sentence> lead = sentences.stream().filter(s -> s.text().split("\\s+").length >= 6).findFirst();
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        Matcher subject = NAME.matcher(lead.get().text());
        if (!subject.lookingAt()) {
            return Optional.empty();
        }
        Set<String> names = sentences.stream()
                .flatMap(s -> NAME.matcher(s.text()).results().map(r -> r.group().strip().replaceFirst("\\.$", "")
                        .replaceFirst("^The ", "")))
                .collect(Collectors.toSet());
        // "The Upjohn Co. said ...": inside a question it is "the Upjohn Co."
        return names.size() == 1 ? Optional.of(subject.group().strip().replaceFirst("^The ", "the ")) : Optional.empty();
    }

    /**
     * The prompt with "the company" as its subject, and a company described by its town anywhere, replaced by the
     * company's name.
     */
    static String named(String prompt, String company) {
        Matcher m = SUBJECT.matcher(prompt);
        String subjectNamed = m.find() ? m.group(1) + company + prompt.substring(m.end()) : prompt;
        return BY_PLACE.matcher(subjectNamed).replaceAll(Matcher.quoteReplacement(company.replaceFirst("^the ", "")));
    }
}
