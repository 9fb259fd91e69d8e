package org.chronoquiz.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronoquiz.dates.TypedDates;
import org.chronoquiz.numbers.NumericAnswer;
import org.chronoquiz.questions.Matching;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Moodle's GIFT (docs.moodle.org/en/GIFT_format; the parser is {@code question/format/gift/format.php}).
 *
 * <p>Written: {@code $CATEGORY:} per deck, our key as the {@code ::title::}, multiple choice for "when" and "what
 * happened", short answer for typed dates, missing word for cloze, numerical as GIFT's own ({@code {#=2013:1
 * =%50%2013:3}}), matching as GIFT's own ({@code =left -> right}, and {@code = -> right} for a right item that
 * matches nothing), and a timeline as a matching question that pairs each event with its position (Moodle has no
 * ordering type in GIFT). The source sentence is the general feedback ({@code ####}), shown after answering as ours
 * is. What GIFT cannot hold (the date value, offsets, note, tags) rides in a {@code // chronoquiz {...}} comment line
 * that Moodle ignores and we read back, so our round trip is lossless.
 *
 * <p>Read: every construct of the parser's type detection. Numerical answers as Moodle reads them: a number,
 * {@code number:tolerance}, {@code min..max}, several weighted ones (weights of 0 or less, and "~" wrong-answer
 * feedback, earn nothing and are dropped). Matching whose right items are the positions 1..n is a timeline (unless our
 * comment says otherwise); any other matching is a matching. Without a Chronoquiz equivalent, and so refused with the
 * question's line: descriptions, essays, multiple-answer choice. Partial-credit weights of choices and short answers,
 * and per-answer feedback, are read and dropped; of several right short answers the first is kept.
 */
final class GiftFormat implements QuestionFormat {
    private static final String META = "// chronoquiz ";
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "gift";
    }

    @Override
    public String extension() {
        return "gift";
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public byte[] write(List<PortableQuestion> questions) {
        StringBuilder out = new StringBuilder();
        String deck = null;
        for (PortableQuestion q : questions) {
            if (q.deck() != null && !q.deck().equals(deck)) {
                deck = q.deck();
                out.append("$CATEGORY: ").append(deck.replace("\n", " ")).append("\n\n");
            }
            out.append(META).append(meta(q)).append('\n');
            out.append("::").append(GiftText.escape(q.key() == null ? "" : q.key())).append("::");
            String feedback = q.source() == null || q.source().sentence() == null ? ""
                    : " ####" + GiftText.escape(q.source().sentence());
            switch (q.type()) {
                case "when", "what_happened" -> {
                    out.append(GiftText.escape(q.prompt())).append(" {\n");
                    for (String c : q.choices()) {
                        out.append(c.equals(q.answer()) ? "  =" : "  ~").append(GiftText.escape(c)).append('\n');
                    }
                    out.append(feedback.isEmpty() ? "" : " " + feedback.trim() + "\n").append("}\n");
                }
                case "cloze" -> {
                    int blank = q.prompt().indexOf("_____");
                    out.append(GiftText.escape(q.prompt().substring(0, blank))).append("{=")
                            .append(GiftText.escape(q.answer())).append(feedback).append('}')
                            .append(GiftText.escape(q.prompt().substring(blank + 5))).append('\n');
                }
                case "timeline" -> {
                    out.append(GiftText.escape(q.prompt())).append(" {\n");
                    List<String> order = q.answer().lines().toList();
                    for (String event : q.choices()) {
                        out.append("  =").append(GiftText.escape(shown(event))).append(" -> ")
                                .append(order.indexOf(event) + 1).append('\n');
                    }
                    out.append(feedback.isEmpty() ? "" : " " + feedback.trim() + "\n").append("}\n");
                }
                case "numerical" -> {
                    // GIFT's own numerical answers: "=2013:1", and each partial credit as "=%50%2013:3"
                    out.append(GiftText.escape(q.prompt())).append(" {#\n");
                    List<NumericAnswer> answers = NumericAnswer.of(q.answer(), q.answerValue(), q.choices());
                    for (NumericAnswer a : answers) {
                        out.append("  =").append(a.percent() == 100 ? "" : "%" + a.percent() + "%").append(a.spec()).append('\n');
                    }
                    out.append(feedback.isEmpty() ? "" : " " + feedback.trim() + "\n").append("}\n");
                }
                case "matching" -> {
                    out.append(GiftText.escape(q.prompt())).append(" {\n");
                    Matching m = Matching.of(q.choices(), q.answer());
                    for (Matching.Pair pair : m.pairs()) {
                        // a left item never holds "->": the form and every import split or refuse at it
                        out.append("  =").append(GiftText.escape(pair.left())).append(" -> ")
                                .append(GiftText.escape(pair.right())).append('\n');
                    }
                    for (String extra : m.extras()) { // a right item that matches nothing: Moodle's empty question
                        out.append("  = -> ").append(GiftText.escape(extra)).append('\n');
                    }
                    out.append(feedback.isEmpty() ? "" : " " + feedback.trim() + "\n").append("}\n");
                }
                default -> out.append(GiftText.escape(q.prompt())).append(" {=").append(GiftText.escape(q.answer()))
                        .append(feedback).append("}\n");
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String meta(PortableQuestion q) {
        ObjectNode m = json.createObjectNode();
        m.put("type", q.type());
        if (q.answerValue() != null) {
            m.put("answer_value", q.answerValue());
        }
        if (q.source() != null) {
            ObjectNode s = m.putObject("source");
            s.put("start", q.source().start());
            s.put("end", q.source().end());
            s.put("note", q.source().note());
        }
        if (q.tags() != null && !q.tags().isEmpty()) {
            q.tags().forEach(m.putArray("tags")::add);
        }
        if ("timeline".equals(q.type()) && q.choices().stream().anyMatch(e -> !shown(e).equals(e))) {
            q.choices().forEach(m.putArray("events")::add); // the events as written, for our own round trip
        }
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A timeline event as GIFT can hold it. GIFT cannot escape "->" (Moodle splits a pair at the first one), so an
     * event's own arrow is written "→", which reads the same to a learner; our comment keeps the event as written.
     */
    private static String shown(String event) {
        return event.replace("->", "→");
    }

    @Override
    public List<PortableQuestion> read(byte[] file, String defaultDeck) {
        List<String> lines = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        List<PortableQuestion> out = new ArrayList<>();
        String deck = defaultDeck;
        StringBuilder block = new StringBuilder();
        JsonNode meta = null;
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                if (!block.isEmpty()) {
                    String text = block.toString().trim();
                    if (text.startsWith("$CATEGORY:")) {
                        // Moodle reads a question right under its category line, with no blank line between
                        int end = text.indexOf('\n');
                        deck = JsonFields.deckOfCategory(text.substring("$CATEGORY:".length(), end < 0 ? text.length() : end));
                        text = end < 0 ? "" : text.substring(end + 1).trim();
                        start++;
                    }
                    if (!text.isEmpty()) {
                        out.add(new GiftQuestion(start, text, meta).read(deck));
                    }
                    block.setLength(0);
                    meta = null;
                }
                continue;
            }
            if (trimmed.startsWith("//")) {
                if (trimmed.startsWith(META.trim() + " ")) {
                    meta = readMeta(trimmed.substring(META.trim().length()).trim(), i + 1);
                }
                continue;
            }
            if (block.isEmpty()) {
                start = i + 1;
            }
            block.append(line).append('\n');
        }
        return out;
    }

    private JsonNode readMeta(String text, int line) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FormatError(line, "the chronoquiz comment is not JSON: " + e.getOriginalMessage());
        }
    }

    /** One question's text, from its first line; turns GIFT's constructs into ours or refuses them. */
    private record GiftQuestion(int line, String text, JsonNode meta) {
        PortableQuestion read(String deck) {
            String rest = text;
            String key = null;
            if (rest.startsWith("::")) {
                int end = GiftText.find(rest, "::", 2);
                if (end < 0) {
                    throw new FormatError(line, "the title ::…:: is not closed");
                }
                key = GiftText.unescape(rest.substring(2, end)).trim();
                rest = rest.substring(end + 2);
            }
            int open = GiftText.find(rest, '{', 0);
            if (open < 0) {
                throw new FormatError(line, "a description (no answer in { }) has no Chronoquiz equivalent");
            }
            int close = GiftText.find(rest, '}', open + 1);
            if (close < 0) {
                throw new FormatError(line, "the answer's { is never closed with }");
            }
            // Moodle writes a question made in its editor as "[html]<p>When ...?</p>": a learner reads its text
            boolean html = HTML_PREFIX.matcher(rest).lookingAt();
            String before = plain(rest.substring(0, open), html);
            String after = plain(rest.substring(close + 1), html);
            String body = rest.substring(open + 1, close).trim();
            if (html) {
                body = Html.text(body);
            }
            String feedback = null;
            int general = GiftText.find(body, "####", 0);
            if (general >= 0) {
                feedback = GiftText.unescape(body.substring(general + 4)).trim();
                body = body.substring(0, general).trim();
            }
            boolean missingWord = !after.isBlank();
            String prompt = missingWord ? before + "_____" + after : before.trim();
            Answer answer = Answer.parse(body, line);
            String type;
            String right;
            List<String> choices = List.of();
            if (answer.kind == Kind.TRUE_FALSE) {
                type = "what_happened";
                right = answer.right().get(0);
                choices = List.of("True", "False");
            } else if (answer.kind == Kind.CHOICE) {
                right = answer.right().get(0);
                choices = answer.texts();
                type = TypedDates.readOne(right).isPresent() ? "when" : "what_happened";
            } else if (answer.kind == Kind.NUMBER) {
                type = "numerical";
                right = answer.numbers().get(0).value().toPlainString();
                choices = answer.numbers().subList(1, answer.numbers().size()).stream().map(NumericAnswer::line).toList();
            } else if (answer.kind == Kind.PAIRS) {
                boolean ours = meta != null && meta.hasNonNull("type");
                boolean timeline = ours ? "timeline".equals(meta.get("type").asText()) : answer.isTimeline();
                if (timeline) {
                    answer = answer.asTimeline(line);
                    type = "timeline";
                    List<String> ordered = answer.ordered();
                    choices = answer.texts();
                    List<String> written = writtenEvents(choices);
                    if (written != null) {
                        List<String> read = choices;
                        ordered = ordered.stream().map(e -> written.get(read.indexOf(e))).toList();
                        choices = written;
                    }
                    right = String.join("\n", ordered);
                } else {
                    Matching m = answer.matching(line);
                    type = "matching";
                    right = m.answer();
                    choices = m.lefts();
                }
            } else {
                right = answer.right().get(0);
                type = missingWord ? "cloze" : "typed";
            }
            if (meta != null && meta.hasNonNull("type")) {
                type = meta.get("type").asText(); // written by us: "when" and "what happened" need no guessing
            }
            String value = answer.kind == Kind.NUMBER ? answer.numbers().get(0).spec() : JsonFields.text(meta, "answer_value");
            JsonNode s = meta == null ? null : meta.get("source");
            PortableQuestion.Source source = feedback != null || JsonFields.isObject(s) ? JsonFields.source(s, feedback) : null;
            List<String> tags = new ArrayList<>();
            if (meta != null) {
                meta.path("tags").forEach(t -> tags.add(t.asText()));
            }
            return new PortableQuestion(key == null || key.isEmpty() ? null : key, deck, type, prompt, right, value, choices,
                    source, tags);
        }

        /** The events as our comment gives them, where each is what the GIFT line shows; else null. */
        private List<String> writtenEvents(List<String> read) {
            if (meta == null || !meta.path("events").isArray() || meta.get("events").size() != read.size()) {
                return null;
            }
            List<String> written = new ArrayList<>();
            meta.get("events").forEach(e -> written.add(e.asText()));
            for (int i = 0; i < read.size(); i++) {
                if (!shown(written.get(i)).equals(read.get(i))) {
                    return null; // edited in the file since: what the file shows wins
                }
            }
            return written;
        }

        /** Question text: the format prefix dropped, escapes undone, HTML read as text. */
        private static String plain(String s, boolean html) {
            String t = s.replaceFirst("^\\s*\\[(html|moodle|plain|markdown)]", "");
            t = GiftText.unescape(t.replace("\n", " ").replaceAll(" {2,}", " "));
            return html ? Html.inline(t) : t;
        }

        private static final java.util.regex.Pattern HTML_PREFIX = java.util.regex.Pattern.compile("\\s*\\[html]");
    }

    private static final java.util.regex.Pattern WEIGHT = java.util.regex.Pattern.compile("%(-?\\d+(?:\\.\\d*)?)%");

    private enum Kind { CHOICE, TRUE_FALSE, SHORT, ORDER, PAIRS, NUMBER }

    /**
     * The inside of { }: its kind, its items (text, right or not, position for a timeline; for a matching the
     * right item in {@code match}), or a numerical's answers.
     */
    private record Answer(Kind kind, List<Item> items, List<NumericAnswer> numbers) {
        record Item(String text, boolean right, Integer position, String match) {
            Item(String text, boolean right, Integer position) {
                this(text, right, position, null);
            }
        }

        Answer(Kind kind, List<Item> items) {
            this(kind, items, List.of());
        }

        List<String> right() {
            return items.stream().filter(Item::right).map(Item::text).toList();
        }

        List<String> texts() {
            return items.stream().map(Item::text).toList();
        }

        List<String> ordered() {
            return items.stream().sorted(java.util.Comparator.comparing(Item::position)).map(Item::text).toList();
        }

        static Answer parse(String body, int line) {
            if (body.isEmpty()) {
                throw new FormatError(line, "an essay question ({}) has no Chronoquiz equivalent");
            }
            if (body.startsWith("#")) {
                return numerical(body.substring(1).trim(), line);
            }
            List<String[]> parts = split(body);
            boolean hasTilde = parts.stream().anyMatch(p -> p[0].equals("~"));
            boolean hasEquals = parts.stream().anyMatch(p -> p[0].equals("="));
            if (hasTilde) {
                if (!hasEquals) {
                    throw new FormatError(line, "a multiple-answer question (weights, no single =) has no Chronoquiz equivalent");
                }
                List<Item> items = parts.stream().map(p -> new Item(text(p[1]), p[0].equals("="), null)).toList();
                if (items.size() < 2 || items.stream().filter(Item::right).count() != 1) {
                    throw new FormatError(line, "a multiple-choice question needs two or more answers, exactly one marked =");
                }
                return new Answer(Kind.CHOICE, items);
            }
            if (hasEquals && GiftText.find(body, "->", 0) >= 0) {
                return matching(parts, line);
            }
            String head = GiftText.unescape(body.split("#", 2)[0]).trim();
            if (List.of("T", "TRUE", "F", "FALSE").contains(head)) {
                boolean truth = head.startsWith("T");
                return new Answer(Kind.TRUE_FALSE, List.of(new Item(truth ? "True" : "False", true, null)));
            }
            List<Item> items = parts.stream().filter(p -> p[0].equals("=")).map(p -> new Item(text(p[1]), true, null)).toList();
            if (items.isEmpty()) {
                throw new FormatError(line, "a short answer needs at least one answer marked =");
            }
            return new Answer(Kind.SHORT, items);
        }

        /**
         * Numerical answers, as Moodle reads them: "2013", "2013:1" (a tolerance), "2010..2015" (a range: its middle,
         * give or take half its width), or several "=2013:0 =%50%2013:2", each with a weight (100% when none).
         * A "~" part is feedback on wrong answers and a weight of 0 or less earns nothing: both are dropped.
         */
        private static Answer numerical(String body, int line) {
            List<String[]> parts = body.startsWith("=") || body.startsWith("~") ? split(body)
                    : List.<String[]>of(new String[]{"=", body});
            List<NumericAnswer> full = new ArrayList<>();
            List<NumericAnswer> partial = new ArrayList<>();
            for (String[] p : parts) {
                if (p[0].equals("~")) {
                    continue;
                }
                java.util.regex.Matcher w = WEIGHT.matcher(p[1].trim());
                double weight = w.lookingAt() ? Double.parseDouble(w.group(1)) : 100;
                String spec = text(p[1]);
                NumericAnswer a = number(spec, (int) Math.max(0, Math.min(100, Math.round(weight))), line);
                if (weight >= 100) {
                    full.add(new NumericAnswer(a.value(), a.tolerance(), 100));
                } else if (weight > 0) {
                    partial.add(a);
                }
            }
            if (full.isEmpty()) {
                throw new FormatError(line, "a numerical question needs an answer worth 100% (one with no %weight%)");
            }
            full.addAll(partial);
            return new Answer(Kind.NUMBER, List.of(), List.copyOf(full));
        }

        private static NumericAnswer number(String spec, int percent, int line) {
            String s = spec.replace(" ", "");
            int range = s.indexOf("..");
            if (range > 0) {
                var min = NumericAnswer.readSpec(s.substring(0, range), percent);
                var max = NumericAnswer.readSpec(s.substring(range + 2), percent);
                if (min.isPresent() && max.isPresent() && min.get().tolerance().signum() == 0
                        && max.get().tolerance().signum() == 0) {
                    return NumericAnswer.range(min.get().value(), max.get().value(), percent);
                }
            } else if (s.indexOf(':') == s.lastIndexOf(':')) {
                var a = NumericAnswer.readSpec(s, percent);
                if (a.isPresent()) {
                    return a.get();
                }
            }
            throw new FormatError(line, "a numerical answer is a number, number:tolerance (a tolerance of 0 or more) or "
                    + "min..max; “" + spec + "” is none of these");
        }

        /** Whether pairs read as a timeline (not written by us): every right item a position, 1 to n once each. */
        boolean isTimeline() {
            List<String> positions = items.stream().map(Item::match).sorted(java.util.Comparator.comparing(String::length)
                    .thenComparing(java.util.Comparator.naturalOrder())).toList();
            for (int i = 0; i < positions.size(); i++) {
                if (!positions.get(i).equals(Integer.toString(i + 1))) {
                    return false;
                }
            }
            return positions.size() >= 3 && items.stream().noneMatch(i -> i.text().isEmpty());
        }

        /** Matching read as a timeline: every event paired with its position 1..n. */
        Answer asTimeline(int line) {
            List<Item> events = new ArrayList<>();
            for (Item i : items) {
                if (!i.match().matches("\\d{1,2}")) {
                    throw new FormatError(line, "a timeline pairs each event with its position 1, 2, 3; “" + i.match()
                            + "” is not a position");
                }
                events.add(new Item(i.text(), true, Integer.parseInt(i.match())));
            }
            List<Integer> positions = events.stream().map(Item::position).sorted().toList();
            for (int i = 0; i < positions.size(); i++) {
                if (!Objects.equals(positions.get(i), i + 1)) {
                    throw new FormatError(line, "a timeline's positions must run 1 to " + positions.size() + " once each");
                }
            }
            return new Answer(Kind.ORDER, events);
        }

        /** General matching: "=left -> right" pairs, and "= -> right" for a right item that matches nothing. */
        Matching matching(int line) {
            List<Matching.Pair> pairs = new ArrayList<>();
            List<String> extras = new ArrayList<>();
            for (Item i : items) {
                if (i.match().isEmpty()) {
                    throw new FormatError(line, "a matching pair “" + i.text() + " ->” has nothing after its ->");
                }
                if (i.text().isEmpty()) {
                    extras.add(i.match());
                } else {
                    pairs.add(new Matching.Pair(i.text(), i.match()));
                }
            }
            if (pairs.size() < 2) {
                throw new FormatError(line, "a matching question needs at least two pairs written =left -> right");
            }
            return new Matching(pairs, extras);
        }

        /** "=left -> right" items; each must have its arrow (Moodle splits a pair at the first "->"). */
        private static Answer matching(List<String[]> parts, int line) {
            List<Item> items = new ArrayList<>();
            for (String[] p : parts) {
                int arrow = GiftText.find(p[1], "->", 0);
                if (!p[0].equals("=") || arrow < 0) {
                    throw new FormatError(line, "every answer of a matching question is a pair written =left -> right; “"
                            + GiftText.unescape(p[1]).trim() + "” is not");
                }
                items.add(new Item(text(p[1].substring(0, arrow)), true, null, text(p[1].substring(arrow + 2))));
            }
            return new Answer(Kind.PAIRS, items);
        }

        /** The items of an answer block: each starts at an unescaped = or ~. */
        private static List<String[]> split(String body) {
            List<String[]> parts = new ArrayList<>();
            int at = -1;
            char marker = 0;
            for (int i = 0; i <= body.length(); i++) {
                char c = i < body.length() ? body.charAt(i) : 0;
                if (c == '\\') {
                    i++;
                    continue;
                }
                if (c == '=' || c == '~' || i == body.length()) {
                    if (at >= 0) {
                        parts.add(new String[]{String.valueOf(marker), body.substring(at, i)});
                    }
                    marker = c;
                    at = i + 1;
                }
            }
            return parts;
        }

        /** An item's text: weight and per-answer feedback dropped, escapes undone. */
        private static String text(String raw) {
            String t = raw.trim().replaceFirst("^%-?\\d+(\\.\\d*)?%", "");
            int feedback = GiftText.find(t, '#', 0);
            if (feedback >= 0) {
                t = t.substring(0, feedback);
            }
            return GiftText.unescape(t.trim()).trim();
        }
    }
}
