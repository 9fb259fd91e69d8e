package org.chronoquiz.generation;

import org.chronoquiz.timex.Sentence;

import org.chronoquiz.dates.DateValue;
import org.chronoquiz.dates.Precision;

import org.chronoquiz.timex.Tense;
import org.chronoquiz.timex.Timex;
import org.chronoquiz.timex.TimexType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the extractor's timexes into the dated facts questions are asked about: keeps only resolvable
 * calendar dates, drops datelines and named events, joins "X-Y" / "from X to Y" into one range and marks
 * the items of a list ("in 2016, 2017, 2019-2020") so each can be asked about on its own.
 */
final class FactFinder {
    private static final Pattern DAY_RANGE = Pattern.compile("\\b(\\d{1,2})\\s*[-\u2013]\\s*(\\d{1,2})\\b");
    private static final Pattern YEAR_RANGE = Pattern.compile("^(\\d{4})\\s*[-\u2013]\\s*(\\d{2,4})$");
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*[-\u2013]\\s*|\\s+(to|through|until|till)\\s+");
    private static final Pattern LIST_JOIN = Pattern.compile(",\\s*|,?\\s+and\\s+");
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?i)\\b(in|on|at|since|from|until|till|by|during|of|to|between|before|after|through|throughout|over"
                    + "|as (?:soon|early|late) as|no (?:later|earlier) than)\\s+$"); // "ready to leave as soon as Tuesday"
    private static final Pattern LEAD_WORDS = Pattern.compile("(?i)(\\b(the|early|late)\\s+|\\bmid-)$");
    private static final Pattern SEASON_WORD = Pattern.compile("(Spring|Summer|Autumn|Fall|Winter)\\b.*");

    List<DateFact> find(String text, List<Timex> timexes, List<Sentence> sentences) {
        List<Item> items = new ArrayList<>();
        int covered = 0;
        for (Timex t : timexes.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
            if (t.start() < covered || t.end() > text.length() || t.start() >= t.end()) {
                continue; // overlapping or out-of-text spans: the first wins, offsets must stay ordered
            }
            covered = t.end();
            sentenceOf(sentences, t.start()).flatMap(s -> toItem(text, t, s)).ifPresent(items::add);
        }
        List<Item> ranges = joinRanges(text, items);
        List<DateFact> facts = new ArrayList<>();
        for (Group group : groupLists(text, ranges)) {
            facts.addAll(toFacts(text, group));
        }
        return facts;
    }

    private record Item(int start, int end, DateValue date, String value, Sentence sentence, Tense tense) {
    }

    private Optional<Item> toItem(String text, Timex t, Sentence s) {
        if (t.type() == TimexType.DURATION || t.type() == TimexType.SET || t.end() > s.end()) { // or split across sentences
            return Optional.empty();
        }
        if (isNamedEvent(text, t, s) || isDateline(t, s) || isApproximate(t)
                || isClockTime(t)) {
            return Optional.empty();
        }
        String value = t.value(); // the extractor's, always: the generator never decides a year again
        Optional<DateValue> date = DateValue.parse(value, t.mod()).filter(FactFinder::askable);
        Matcher years = YEAR_RANGE.matcher(t.text().trim());
        int first = years.matches() ? Integer.parseInt(years.group(1)) : 0;
        int lastYear = !years.matches() ? 0 : years.group(2).length() == 4 ? Integer.parseInt(years.group(2))
                : first / 100 * 100 + Integer.parseInt(years.group(2)); // "2019-20"
        if (lastYear > first) { // "2019-2020" is one answer: a range of years, whatever value the tagger gave it
            DateValue start = DateValue.of(Precision.YEAR, first, 0, 0);
            return Optional.of(new Item(t.start(), t.end(), start.withEnd(start.shift(lastYear - first)),
                    start.timex(), s, t.tense()));
        }
        if (date.isEmpty()) {
            return Optional.empty();
        }
        DateValue d = date.get();
        Matcher days = DAY_RANGE.matcher(t.text());
        boolean written = t.text().matches("(?s).*\\p{L}.*"); // "November 22-23", not the ISO "2023-03-15"
        if (d.precision() == Precision.DAY && written && days.find()) {
            int span = Integer.parseInt(days.group(2)) - Integer.parseInt(days.group(1));
            if (span > 0) {
                d = d.withEnd(d.shift(span));
            }
        }
        return Optional.of(new Item(t.start(), t.end(), d, value, s, t.tense()));
    }

    /** Days to years; a week, decade or century has no answer a learner could give at its own precision. */
    private static boolean askable(DateValue d) {
        return d.precision().atLeast(Precision.YEAR) && d.precision() != Precision.WEEK;
    }

    /** "Arab Spring": a capitalised season straight after a capitalised word names an event, not a date. */
    private boolean isNamedEvent(String text, Timex t, Sentence s) {
        if (!SEASON_WORD.matcher(t.text()).matches()) {
            return false;
        }
        String before = text.substring(s.start(), t.start()).stripTrailing();
        int w = before.lastIndexOf(' ') + 1;
        return !before.isEmpty() && Character.isUpperCase(before.charAt(w));
    }

    /** "at 6 a.m.": which day a clock time falls on comes from the story's time line, too weak to ask about. */
    private boolean isClockTime(Timex t) {
        return t.value() != null && t.value().matches(".*T\\d.*");
    }

    /**
     * "A decade ago" resolves to a year, but the article never said which: no answer to check against. Nor does
     * "nearly four years ago" (1994 or 1995?) or "more than 20 years ago".
     */
    private boolean isApproximate(Timex t) {
        return "APPROX".equals(t.mod()) || t.text().matches("(?i).*\\b(decades?|century|centuries|generations?)\\b.*")
                || t.text().matches("(?i)(nearly|almost|about|around|roughly|some|more than|less than|over|under)\\b.*\\bago");
    }

    /** A line that is nothing but a date ("March 15, 2023" under a photo) dates the page, it is not a fact. */
    private boolean isDateline(Timex t, Sentence s) {
        String rest = (s.text().substring(0, t.start() - s.start()) + s.text().substring(t.end() - s.start()))
                .replaceAll("[\\p{Punct}\\s]", "");
        return rest.isEmpty();
    }

    private Optional<Sentence> sentenceOf(List<Sentence> sentences, int offset) {
        return sentences.stream().filter(s -> s.contains(offset)).findFirst();
    }

    /** "from January to September 2022", "2019-2020" tagged as two: one range, start-year taken from the end. */
    private List<Item> joinRanges(String text, List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item a = items.get(i);
            if (i + 1 < items.size()) {
                Item b = items.get(i + 1);
                String between = text.substring(a.end(), b.start());
                boolean joined = a.sentence().equals(b.sentence()) && !a.date().isRange() && !b.date().isRange()
                        && a.date().precision() == b.date().precision()
                        && (RANGE_JOIN.matcher(between).matches() || between.matches("\\s+and\\s+")
                        && text.substring(a.sentence().start(), a.start()).matches("(?is).*\\bbetween\\s+$"));
                if (joined) {
                    DateValue first = a.date();
                    if (!text.substring(a.start(), a.end()).matches(".*\\d{4}.*") && first.year() != b.date().year()) {
                        first = first.inYear(b.date().year());
                    }
                    if (first.firstDay().isBefore(b.date().firstDay())) {
                        out.add(new Item(a.start(), b.end(), first.withEnd(b.date()), first.timex(), a.sentence(), a.tense()));
                        i++;
                        continue;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    /** Dates listed together, and where their phrase ends (past a restatement of the last one). */
    private record Group(List<Item> items, int end) {
    }

    private List<Group> groupLists(String text, List<Item> items) {
        List<Group> groups = new ArrayList<>();
        for (Item item : items) {
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null) {
                Item prev = last.items().get(last.items().size() - 1);
                String between = text.substring(last.end(), item.start());
                if (prev.sentence().equals(item.sentence()) && between.matches(",\\s*")
                        && prev.date().equals(item.date()) && text.substring(item.end()).matches("(?s)[.,;!?].*")) {
                    // "this coming Sunday, March eighth": the same day said again is one date, not a list of two,
                    // and its phrase takes the restatement with it, which would otherwise answer the question (one
                    // that runs on, "the second quarter ended Oct. 31", is left where it is)
                    groups.set(groups.size() - 1, new Group(last.items(), item.end()));
                    continue;
                }
                if (prev.sentence().equals(item.sentence()) && LIST_JOIN.matcher(between).matches()) {
                    last.items().add(item);
                    groups.set(groups.size() - 1, new Group(last.items(), item.end()));
                    continue;
                }
            }
            groups.add(new Group(new ArrayList<>(List.of(item)), item.end()));
        }
        return groups;
    }

    private List<DateFact> toFacts(String text, Group listed) {
        List<Item> group = listed.items();
        Item first = group.get(0);
        int phraseStart = first.start();
        Matcher lead = LEAD_WORDS.matcher(text.substring(first.sentence().start(), phraseStart));
        while (lead.find()) {
            phraseStart -= lead.group().length();
            lead = LEAD_WORDS.matcher(text.substring(first.sentence().start(), phraseStart));
        }
        String preposition = "";
        Matcher prep = PREPOSITION.matcher(text.substring(first.sentence().start(), phraseStart));
        if (prep.find()) {
            preposition = prep.group(1).toLowerCase(Locale.ROOT);
            phraseStart = prep.start() + first.sentence().start();
        }
        int phraseEnd = listed.end();
        List<DateFact> facts = new ArrayList<>();
        for (Item item : group) {
            List<DateValue> mates = group.stream().filter(o -> o != item).map(Item::date).toList();
            facts.add(new DateFact(item.start(), item.end(), text.substring(item.start(), item.end()), item.value(),
                    item.date(), item.sentence(), phraseStart, phraseEnd, preposition, mates, group.indexOf(item),
                    item.tense() == Tense.FUTURE));
        }
        return facts;
    }
}
