package org.chronoquiz.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A matching question's content (Moodle's "matching"): pairs of a left item and the right item it goes with, and
 * perhaps extra right items that match nothing (Moodle's distractors). A learner picks a right item for each left one.
 *
 * <p>Stored in the question's own columns: {@code choices} the left items in order, {@code answer} the right item of
 * each, one per line in the same order, then the extra right items. Not a timeline: a timeline pairs events with
 * positions and is answered as an order.
 */
public record Matching(List<Pair> pairs, List<String> extras) {
    /** In the form and in our files a pair is written "left -> right"; an extra right item "-> right". */
    public static final String ARROW = "->";

    public record Pair(String left, String right) {
    }

    public Matching {
        pairs = List.copyOf(pairs);
        extras = List.copyOf(extras);
    }

    /** The content of a stored matching question: left items from its choices, right items from its answer. */
    public static Matching of(List<String> lefts, String answer) {
        List<String> rights = answer == null ? List.of() : answer.lines().toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            pairs.add(new Pair(lefts.get(i), i < rights.size() ? rights.get(i) : ""));
        }
        return new Matching(pairs, rights.size() > lefts.size() ? rights.subList(lefts.size(), rights.size()) : List.of());
    }

    public static Matching of(Question q) {
        return of(q.choices(), q.answer());
    }

    public List<String> lefts() {
        return pairs.stream().map(Pair::left).toList();
    }

    /** What {@code answer} stores: each left item's right item, one per line, then the extras. */
    public String answer() {
        List<String> rights = new ArrayList<>(pairs.stream().map(Pair::right).toList());
        rights.addAll(extras);
        return String.join("\n", rights);
    }

    /** Every right item once, in alphabetical order: the options offered for each left item, in an order that gives nothing away. */
    public List<String> options() {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(pairs.stream().map(Pair::right).toList()));
        extras.stream().filter(e -> !all.contains(e)).forEach(all::add);
        all.sort(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder()));
        return all;
    }

    /** The pairs and extras as the form shows them, "left -> right" one per line. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(pairs.stream().map(p -> p.left() + " " + ARROW + " " + p.right()).toList());
        extras.forEach(e -> out.add(ARROW + " " + e));
        return out;
    }

    /** The pairs as a learner reads them after answering: "Canada → Ottawa", one per line. */
    public String wording() {
        return String.join("\n", pairs.stream().map(p -> p.left() + " → " + p.right()).toList());
    }
}
