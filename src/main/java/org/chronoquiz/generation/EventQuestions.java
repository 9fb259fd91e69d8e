package org.chronoquiz.generation;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.DateWording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Questions across facts: "which of these happened on ...?" (the wrong choices are the article's other
 * events) and timelines (three or four of its events to put in order). Only past events stated at a
 * point in time take part: "lasted until", "since" and planned events would make the orders ambiguous.
 */
final class EventQuestions {
    private final Shuffler shuffler;

    EventQuestions(Shuffler shuffler) {
        this.shuffler = shuffler;
    }

    List<QuestionDraft> whatHappened(List<PreparedFact> facts, LocalDate published, String lead) {
        List<PreparedFact> events = events(facts, published);
        List<QuestionDraft> out = new ArrayList<>();
        for (PreparedFact p : events) {
            if (events.stream().anyMatch(o -> o.fact().start() < p.fact().start()
                    && DateWording.format(o.fact().date()).equals(DateWording.format(p.fact().date())))) {
                continue; // two events of the same date would make the same prompt twice
            }
            String answer = p.event().orElseThrow();
            String key = DateQuestions.key("what_happened", p.fact());
            Random random = shuffler.random(key);
            Map<String, PreparedFact> others = new LinkedHashMap<>();
            for (PreparedFact o : events) {
                String description = o.event().orElseThrow();
                boolean alsoTrue = o.fact().date().overlaps(p.fact().date()) // another event of that day is right too
                        || events.stream().anyMatch(e -> e.event().orElseThrow().equals(description)
                        && e.fact().date().overlaps(p.fact().date())); // "supplies" of 2016 and 2017 in a 2017 question
                // one choice per sentence, and none from the key's: "A paper reported that X" and "X" are one event
                boolean sameSentence = o.fact().sentence().equals(p.fact().sentence())
                        || others.values().stream().anyMatch(c -> c.fact().sentence().equals(o.fact().sentence()));
                if (!description.equals(answer) && !alsoTrue && !sameSentence) {
                    others.putIfAbsent(description, o);
                }
            }
            if (others.size() < 3) {
                continue;
            }
            // the three closest in length: a right answer that is by far the longest choice gives itself away
            List<String> choices = new ArrayList<>(shuffler.shuffle(new ArrayList<>(others.keySet()), random).stream()
                    .sorted(Comparator.comparingInt(o -> Math.abs(o.length() - answer.length())))
                    .limit(3).toList());
            choices.add(answer);
            String prompt = ProperNouns.capitalize(lead + "which of these happened " + when(p.fact().date()) + "?");
            out.add(new QuestionDraft(key, "what_happened", prompt, answer, null,
                    shuffler.shuffle(choices, random), p.source()));
        }
        return out;
    }

    /** Spreads the events over timelines of up to four: the j-th takes every n-th event from the j-th on. */
    List<QuestionDraft> timelines(List<PreparedFact> facts, LocalDate published, String lead) {
        List<PreparedFact> events = events(facts, published);
        // an event the article dates more than once ("visited in 2015, 2017 and 2018") has no single place in an order
        List<PreparedFact> sorted = events.stream()
                .filter(p -> events.stream().filter(o -> o.event().equals(p.event())).count() == 1)
                .sorted(Comparator.comparing((PreparedFact p) -> p.fact().date().firstDay())
                        .thenComparing(p -> p.fact().start()))
                .toList();
        int count = Math.max(sorted.size() >= 3 ? 1 : 0, sorted.size() / 4);
        List<QuestionDraft> out = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            List<PreparedFact> group = new ArrayList<>();
            for (int i = j; i < sorted.size() && group.size() < 4; i += count) {
                PreparedFact p = sorted.get(i);
                boolean sameSentence = group.stream().anyMatch(g -> g.fact().sentence().equals(p.fact().sentence()));
                if (!sameSentence && (group.isEmpty() || group.get(group.size() - 1).fact().date().lastDay()
                        .isBefore(p.fact().date().firstDay()))) { // "from 100,000 in 1980 to 300,000 last year" is one fact
                    group.add(p);
                }
            }
            if (group.size() >= 3) {
                out.add(timeline(group, lead));
            }
        }
        return out;
    }

    private QuestionDraft timeline(List<PreparedFact> chronological, String lead) {
        String key = "timeline-" + chronological.stream().map(p -> String.valueOf(p.fact().start()))
                .collect(Collectors.joining("-"));
        List<String> ordered = chronological.stream().map(p -> p.event().orElseThrow()).toList();
        List<String> shown = shuffler.shuffle(ordered, shuffler.random(key));
        if (shown.equals(ordered)) { // already in order is no question: rotate by one
            shown = new ArrayList<>(ordered.subList(1, ordered.size()));
            shown.add(ordered.get(0));
        }
        PreparedFact first = chronological.stream().min(Comparator.comparingInt(p -> p.fact().start())).orElseThrow();
        String prompt = ProperNouns.capitalize(lead + "put these events in chronological order, earliest first.");
        return new QuestionDraft(key, "timeline", prompt, String.join("\n", ordered),
                chronological.stream().map(p -> p.fact().value()).collect(Collectors.joining(",")),
                shown, first.source());
    }

    private List<PreparedFact> events(List<PreparedFact> facts, LocalDate published) {
        return facts.stream()
                .filter(p -> p.event().isPresent())
                .filter(p -> !p.fact().inList()) // "visited in 2015, 2017 and 2018": one event, several dates
                .filter(p -> !p.fact().modifiesNoun()) // "a 1996 law named for him" did not happen in 1996
                .filter(p -> !p.fact().trailsEventNoun()) // "expelled them over the bombing last month": the bombing's month
                .filter(p -> published == null || !p.fact().date().lastDay().isAfter(published))
                .toList();
    }

    private static String when(DateValue date) {
        return switch (date.precision()) {
            case DAY -> "on " + DateWording.format(date);
            case HALF, QUARTER -> "in the " + DateWording.format(date);
            default -> "in " + DateWording.format(date);
        };
    }
}
