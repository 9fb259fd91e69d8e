package org.chronoquiz.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronoquiz.dates.TypedDates;
import org.chronoquiz.numbers.NumericAnswer;
import org.chronoquiz.questions.Matching;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format), through the JDK's StAX reader and writer.
 *
 * <p>Written: a category pseudo-question per deck ({@code $course$/top/DECK}), then multichoice for "when" and
 * "what happened", shortanswer for typed and cloze (the blank stays in the text), numerical with each answer's
 * {@code <tolerance>} and fraction, matching with a {@code <subquestion>} per pair (an extra right item as one with no
 * text, as Moodle writes it), and matching of events to positions for a timeline; our key as {@code <name>} and
 * {@code <idnumber>}, the source sentence as general feedback, tags. Our other fields ride in an XML comment Moodle
 * ignores. Read: the same, plus truefalse; a matching whose answers are the positions 1..n is a timeline unless our
 * comment says otherwise. Other types (essay, description, embedded-answer cloze, multiple-answer) are refused with
 * the line of their question. DTDs and entities are refused before anything is read.
 */
final class MoodleXmlFormat implements QuestionFormat {
    private static final String META = "chronoquiz ";
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "moodle-xml";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public byte[] write(List<PortableQuestion> questions) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.writeStartElement("quiz");
            String deck = null;
            for (PortableQuestion q : questions) {
                if (q.deck() != null && !q.deck().equals(deck)) {
                    deck = q.deck();
                    w.writeCharacters("\n  ");
                    w.writeStartElement("question");
                    w.writeAttribute("type", "category");
                    w.writeStartElement("category");
                    text(w, "$course$/top/" + deck);
                    w.writeEndElement();
                    w.writeEndElement();
                }
                question(w, q);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void question(XMLStreamWriter w, PortableQuestion q) throws XMLStreamException {
        String type = switch (q.type()) {
            case "when", "what_happened" -> "multichoice";
            case "timeline", "matching" -> "matching";
            case "numerical" -> "numerical";
            default -> "shortanswer";
        };
        w.writeCharacters("\n  ");
        w.writeStartElement("question");
        w.writeAttribute("type", type);
        w.writeComment(META + meta(q).replace("--", "\\u002d\\u002d"));
        w.writeStartElement("name");
        text(w, q.key() == null ? q.prompt() : q.key());
        w.writeEndElement();
        w.writeStartElement("questiontext");
        w.writeAttribute("format", "plain_text");
        text(w, q.prompt());
        w.writeEndElement();
        if (q.source() != null && q.source().sentence() != null) {
            w.writeStartElement("generalfeedback");
            w.writeAttribute("format", "plain_text");
            text(w, q.source().sentence());
            w.writeEndElement();
        }
        element(w, "defaultgrade", "1");
        if (q.key() != null) {
            element(w, "idnumber", q.key());
        }
        switch (type) {
            case "multichoice" -> {
                element(w, "single", "true");
                element(w, "shuffleanswers", "true");
                for (String c : q.choices()) {
                    answer(w, c.equals(q.answer()) ? "100" : "0", c);
                }
            }
            case "matching" -> {
                element(w, "shuffleanswers", "true");
                if (q.type().equals("timeline")) {
                    List<String> order = q.answer().lines().toList();
                    for (String event : q.choices()) {
                        subquestion(w, event, Integer.toString(order.indexOf(event) + 1));
                    }
                } else {
                    Matching m = Matching.of(q.choices(), q.answer());
                    for (Matching.Pair pair : m.pairs()) {
                        subquestion(w, pair.left(), pair.right());
                    }
                    for (String extra : m.extras()) { // Moodle's extra wrong answer: a subquestion with no text
                        subquestion(w, "", extra);
                    }
                }
            }
            case "numerical" -> {
                for (NumericAnswer a : NumericAnswer.of(q.answer(), q.answerValue(), q.choices())) {
                    w.writeStartElement("answer");
                    w.writeAttribute("fraction", Integer.toString(a.percent()));
                    w.writeAttribute("format", "plain_text");
                    text(w, a.value().toPlainString());
                    element(w, "tolerance", a.tolerance().toPlainString());
                    w.writeEndElement();
                }
            }
            default -> {
                element(w, "usecase", "0");
                answer(w, "100", q.answer());
            }
        }
        if (q.tags() != null && !q.tags().isEmpty()) {
            w.writeStartElement("tags");
            for (String t : q.tags()) {
                w.writeStartElement("tag");
                text(w, t);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void subquestion(XMLStreamWriter w, String left, String right) throws XMLStreamException {
        w.writeStartElement("subquestion");
        w.writeAttribute("format", "plain_text");
        text(w, left);
        w.writeStartElement("answer");
        text(w, right);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void answer(XMLStreamWriter w, String fraction, String text) throws XMLStreamException {
        w.writeStartElement("answer");
        w.writeAttribute("fraction", fraction);
        w.writeAttribute("format", "plain_text");
        text(w, text);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String value) throws XMLStreamException {
        w.writeStartElement("text");
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private String meta(PortableQuestion q) {
        ObjectNode m = json.createObjectNode();
        m.put("type", q.type());
        m.put("answer_value", q.answerValue());
        if (q.source() != null) {
            ObjectNode s = m.putObject("source");
            s.put("start", q.source().start());
            s.put("end", q.source().end());
            s.put("note", q.source().note());
        }
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<PortableQuestion> read(byte[] file, String defaultDeck) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no DTD, so no entity expansion, no external fetch
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<PortableQuestion> out = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(file));
            String deck = defaultDeck;
            Parsed q = null;
            Deque<String> path = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new FormatError(r.getLocation().getLineNumber(),
                            "a DOCTYPE is not allowed in a question file");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new FormatError(r.getLocation().getLineNumber(),
                            "entities other than XML's own are not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        if (path.isEmpty() && !name.equals("quiz")) {
                            throw new FormatError(r.getLocation().getLineNumber(), "the root element must be <quiz>");
                        }
                        if (name.equals("question") && path.size() == 1) {
                            q = new Parsed(r.getLocation().getLineNumber(), r.getAttributeValue(null, "type"));
                        } else if (q != null && name.equals("answer") && "question".equals(path.peek())) {
                            q.fractions.add(r.getAttributeValue(null, "fraction"));
                            q.tolerances.add("");
                        }
                        if (q != null) {
                            q.formats.put(name, r.getAttributeValue(null, "format"));
                        }
                        path.push(name);
                        text.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(r.getText());
                    case XMLStreamConstants.COMMENT -> {
                        if (q != null && r.getText().trim().startsWith(META.trim())) {
                            q.meta = readMeta(r.getText().trim().substring(META.trim().length()).trim(), q.line);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = path.pop();
                        if (q != null) {
                            q.collect(List.copyOf(path), name, text.toString());
                        }
                        text.setLength(0);
                        if (name.equals("question") && q != null) {
                            if ("category".equals(q.type)) {
                                deck = JsonFields.deckOfCategory(q.category);
                            } else {
                                out.add(q.question(deck));
                            }
                            q = null;
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new FormatError(line, "not well-formed XML: " + e.getMessage().replaceAll("^ParseError at \\[[^]]*]\\s*Message:\\s*", ""));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a byte array frees nothing that could fail
                }
            }
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

    /** One {@code <question>} as read, turned into ours or refused. */
    private static final class Parsed {
        final int line;
        final String type;
        String name;
        String prompt;
        String feedback;
        String idnumber;
        String category;
        String single = "true";
        JsonNode meta;
        final List<String> fractions = new ArrayList<>();
        /** A numerical answer's tolerance, by answer; "" where it gives none. */
        final List<String> tolerances = new ArrayList<>();
        final List<String> answers = new ArrayList<>();
        final List<String> subquestions = new ArrayList<>();
        final List<String> subanswers = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        /** The format attribute of the latest element of each name: "html" (Moodle's editor), "plain_text", ... */
        final java.util.Map<String, String> formats = new java.util.HashMap<>();
        /** A numerical's {@code <unit_name>}s. */
        final List<String> units = new ArrayList<>();

        Parsed(int line, String type) {
            this.line = line;
            this.type = type;
        }

        /** Keeps the text of the elements we read, by where they sit under {@code <question>}. */
        void collect(List<String> parents, String name, String text) {
            String parent = parents.isEmpty() ? "" : parents.get(0);
            String grand = parents.size() > 1 ? parents.get(1) : "";
            String value = text.trim();
            // a subquestion's <answer> carries no format of its own: it is written in its subquestion's
            if (name.equals("text") && html(parent.equals("answer") && grand.equals("subquestion") ? "subquestion" : parent)) {
                value = Html.inline(value); // "<p dir="ltr">When did the Wall fall?&nbsp;<br></p>": its text
            }
            if (name.equals("text")) {
                switch (parent) {
                    case "name" -> this.name = value;
                    case "questiontext" -> this.prompt = value;
                    case "generalfeedback" -> this.feedback = value.isEmpty() ? null : value;
                    case "category" -> this.category = value;
                    case "tag" -> tags.add(value);
                    case "subquestion" -> subquestions.add(value);
                    case "answer" -> {
                        if (grand.equals("subquestion")) {
                            subanswers.add(value);
                        } else if (grand.equals("question")) {
                            answers.add(value);
                        }
                    }
                    default -> {
                    }
                }
            } else if (name.equals("unit_name") && parent.equals("unit") && !value.isEmpty()) {
                units.add(value);
            } else if (name.equals("tolerance") && parent.equals("answer") && !tolerances.isEmpty()) {
                tolerances.set(tolerances.size() - 1, value);
            } else if (parent.equals("question")) {
                switch (name) {
                    case "idnumber" -> idnumber = value.isEmpty() ? null : value;
                    case "single" -> single = value;
                    default -> {
                    }
                }
            }
        }

        PortableQuestion question(String deck) {
            if (prompt == null || prompt.isBlank()) {
                throw new FormatError(line, "the question has no <questiontext>");
            }
            String key = idnumber != null ? idnumber : name;
            String value = JsonFields.text(meta, "answer_value");
            String answer;
            String kind;
            List<String> choices = List.of();
            switch (type == null ? "" : type) {
                case "multichoice" -> {
                    if (!"true".equals(single) && !"1".equals(single)) {
                        throw new FormatError(line, "a multiple-answer question has no Chronoquiz equivalent");
                    }
                    List<String> right = new ArrayList<>();
                    for (int i = 0; i < answers.size(); i++) {
                        if (i < fractions.size() && fraction(fractions.get(i)) >= 100) {
                            right.add(answers.get(i));
                        }
                    }
                    if (answers.size() < 2 || right.size() != 1) {
                        throw new FormatError(line, "a multiple-choice question needs two or more answers, one of them worth 100");
                    }
                    answer = right.get(0);
                    choices = List.copyOf(answers);
                    kind = TypedDates.readOne(answer).isPresent() ? "when" : "what_happened";
                }
                case "truefalse" -> {
                    int right = fractions.indexOf("100");
                    if (right < 0 || right >= answers.size()) {
                        throw new FormatError(line, "a true/false question needs its right answer worth 100");
                    }
                    answer = answers.get(right).equalsIgnoreCase("true") ? "True" : "False";
                    choices = List.of("True", "False");
                    kind = "what_happened";
                }
                case "shortanswer" -> {
                    int right = -1;
                    for (int i = 0; i < answers.size(); i++) {
                        if (right < 0 && i < fractions.size() && fraction(fractions.get(i)) >= 100) {
                            right = i;
                        }
                    }
                    if (right < 0) {
                        throw new FormatError(line, "a shortanswer question needs an answer worth 100");
                    }
                    answer = answers.get(right);
                    kind = prompt.contains("_____") ? "cloze" : "typed";
                }
                case "numerical" -> {
                    if (!units.isEmpty()) {
                        // our numerical answer is a bare number: "155 km" would be refused as no number, and a
                        // multiplier ("0.155" in Mm) would be marked wrong, so a unit's question is not taken in half
                        throw new FormatError(line, "units (" + String.join(", ", units) + ") have no Chronoquiz "
                                + "equivalent: a numerical answer is a bare number; remove the <units> to import it");
                    }
                    List<NumericAnswer> numbers = numbers();
                    answer = numbers.get(0).value().toPlainString();
                    value = numbers.get(0).spec();
                    choices = numbers.subList(1, numbers.size()).stream().map(NumericAnswer::line).toList();
                    kind = "numerical";
                }
                case "matching" -> {
                    List<String> lefts = List.copyOf(subquestions); // HTML already read as text, by its format
                    List<String> rights = List.copyOf(subanswers);
                    if (rights.size() != lefts.size()) {
                        throw new FormatError(line, "every <subquestion> of a matching question needs its <answer>");
                    }
                    boolean timeline = meta != null && meta.hasNonNull("type") ? "timeline".equals(meta.get("type").asText())
                            : positions(rights) && !lefts.contains("");
                    if (timeline) {
                        if (lefts.size() < 3 || !rights.stream().allMatch(a -> a.matches("\\d{1,2}"))) {
                            throw new FormatError(line, "a timeline pairs 3 or more events with their positions 1, 2, 3");
                        }
                        List<String> ordered = new ArrayList<>(lefts);
                        ordered.sort(java.util.Comparator.comparing(e -> Integer.parseInt(rights.get(lefts.indexOf(e)))));
                        answer = String.join("\n", ordered);
                        choices = List.copyOf(lefts);
                        kind = "timeline";
                    } else {
                        List<Matching.Pair> pairs = new ArrayList<>();
                        List<String> extras = new ArrayList<>();
                        for (int i = 0; i < lefts.size(); i++) {
                            if (rights.get(i).isEmpty()) {
                                throw new FormatError(line, "the subquestion “" + lefts.get(i) + "” has an empty <answer>");
                            }
                            if (lefts.get(i).isEmpty()) {
                                extras.add(rights.get(i));
                            } else {
                                pairs.add(new Matching.Pair(lefts.get(i), rights.get(i)));
                            }
                        }
                        if (pairs.size() < 2) {
                            throw new FormatError(line, "a matching question needs at least two subquestions with text");
                        }
                        Matching m = new Matching(pairs, extras);
                        answer = m.answer();
                        choices = m.lefts();
                        kind = "matching";
                    }
                }
                default -> throw new FormatError(line, "a question of type '" + type + "' has no Chronoquiz equivalent");
            }
            if (meta != null && meta.hasNonNull("type")) {
                kind = meta.get("type").asText(); // ours: "when" and "what happened" need no guessing
            }
            JsonNode s = meta == null ? null : meta.get("source");
            PortableQuestion.Source source = feedback != null || JsonFields.isObject(s) ? JsonFields.source(s, feedback) : null;
            return new PortableQuestion(key, deck, kind, prompt, answer, value, choices, source, List.copyOf(tags));
        }

        /**
         * A numerical question's answers worth something, the first one worth 100 first; Moodle's "*" (any other
         * answer, for its feedback) and answers worth 0 or less earn nothing and are dropped.
         */
        private List<NumericAnswer> numbers() {
            List<NumericAnswer> full = new ArrayList<>();
            List<NumericAnswer> partial = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                double f = i < fractions.size() ? fraction(fractions.get(i)) : 0;
                if (answers.get(i).equals("*") || f <= 0) {
                    continue;
                }
                String tolerance = i < tolerances.size() && !tolerances.get(i).isEmpty() ? tolerances.get(i) : "0";
                int percent = (int) Math.min(100, Math.round(f));
                String text = answers.get(i);
                NumericAnswer a = NumericAnswer.readSpec(text + ":" + tolerance, percent).orElseThrow(() ->
                        new FormatError(line, "a numerical answer is a number with a tolerance of 0 or more; “"
                                + text + "” with tolerance “" + tolerance + "” is not"));
                (percent == 100 ? full : partial).add(a);
            }
            if (full.isEmpty()) {
                throw new FormatError(line, "a numerical question needs an answer worth 100");
            }
            full.addAll(partial);
            return full;
        }

        /** Whether the right items are the positions 1..n (n of 3 or more), once each: a timeline. */
        private static boolean positions(List<String> rights) {
            List<String> sorted = new ArrayList<>(rights);
            sorted.sort(java.util.Comparator.comparing(String::length).thenComparing(java.util.Comparator.naturalOrder()));
            for (int i = 0; i < sorted.size(); i++) {
                if (!sorted.get(i).equals(Integer.toString(i + 1))) {
                    return false;
                }
            }
            return sorted.size() >= 3;
        }

        /**
         * Whether an element's text is HTML: Moodle's editor writes "html" (and "moodle_auto_format" is HTML too);
         * without the attribute Moodle reads HTML as well. Ours is "plain_text", whose "<" stays as written.
         */
        private boolean html(String element) {
            if (!java.util.Set.of("questiontext", "answer", "generalfeedback", "subquestion").contains(element)) {
                return false;
            }
            String format = formats.get(element);
            return format == null || format.equals("html") || format.equals("moodle_auto_format");
        }

        private double fraction(String f) {
            try {
                return f == null ? 0 : Double.parseDouble(f);
            } catch (NumberFormatException e) {
                throw new FormatError(line, "fraction='" + f + "' is not a percentage");
            }
        }
    }
}
