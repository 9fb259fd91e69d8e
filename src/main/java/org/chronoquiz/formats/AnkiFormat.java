package org.chronoquiz.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.chronoquiz.numbers.NumericAnswer;
import org.chronoquiz.questions.Matching;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki's plain-text notes (docs.ankiweb.net/importing/text-files.html), with the 2.1.54+ file headers.
 *
 * <p>Written: one note per question, tab-separated, HTML on, a per-row note type, deck, GUID (our key and its deck's digest, {@link AnkiGuid}, so a
 * re-import into Anki updates the note instead of duplicating it) and tags. A cloze becomes a Cloze note
 * ({@code {{c1::answer}}}, the source sentence as Back Extra); the rest Basic notes, the choices listed on the
 * front so the card is still a question (a numerical's answer and tolerance on the back, "2013 ± 1", with any partial
 * credit; a matching's left items on the front and its pairs on the back). Our own fields ride in an HTML comment at the end of the back, invisible
 * in Anki, so a file we wrote comes back whole.
 *
 * <p>Read: Anki's own "Notes in Plain Text" exports of Basic and Cloze notes, with or without headers (the
 * separator from {@code #separator:}, else guessed from the first line), quoted fields, {@code #} comments. A
 * Basic note becomes a typed question (graded as a date when its back reads as one); a Cloze note a cloze on
 * its first deletion. HTML is read as text, unless the file says {@code #html:false} (Anki's export with "Include
 * HTML" off), whose fields are already text and are taken as they are.
 */
final class AnkiFormat implements QuestionFormat {
    private static final Pattern META = Pattern.compile("<!--chronoquiz (.*?)-->", Pattern.DOTALL);
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}", Pattern.DOTALL);
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "anki";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public byte[] write(List<PortableQuestion> questions) {
        StringWriter out = new StringWriter();
        out.write("#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#guid column:3\n#tags column:6\n");
        try (CSVPrinter tsv = new CSVPrinter(out, CSVFormat.TDF.builder().setRecordSeparator("\n").get())) {
            for (PortableQuestion q : questions) {
                boolean cloze = q.type().equals("cloze");
                List<String> fields = fields(q);
                String front = fields.get(0);
                String back = fields.get(1);
                back += "<!--chronoquiz " + meta(q).replace("--", "\\u002d\\u002d") + "-->";
                String guid = AnkiGuid.of(q);
                tsv.printRecord(cloze ? "Cloze" : "Basic", q.deck() == null ? "" : q.deck(), guid == null ? "" : guid,
                        front, back, String.join(" ", q.tags() == null ? List.of() : q.tags()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The note's two fields as HTML: a cloze's text with {@code {{c1::answer}}} and its source as Back Extra; else
     * the front with the choices listed, and the answer with the source on the back.
     */
    static List<String> fields(PortableQuestion q) {
        if (q.type().equals("cloze")) {
            int blank = q.prompt().indexOf("_____");
            String text = Html.escape(q.prompt().substring(0, blank)) + "{{c1::" + Html.escape(q.answer()) + "}}"
                    + Html.escape(q.prompt().substring(blank + 5));
            return List.of(text, q.source() == null || q.source().sentence() == null ? "" : Html.escape(q.source().sentence()));
        }
        String source = q.source() == null || q.source().sentence() == null ? "" : "<br><br>" + Html.escape(q.source().sentence());
        if (q.type().equals("numerical")) { // the answer, and how near counts, on the back
            List<NumericAnswer> answers = NumericAnswer.of(q.answer(), q.answerValue(), q.choices());
            String back = answers.isEmpty() ? Html.escape(q.answer()) : Html.escape(answers.get(0).wording())
                    + answers.stream().skip(1).map(a -> "<br>" + a.percent() + "% for " + Html.escape(a.wording()))
                    .collect(java.util.stream.Collectors.joining());
            return List.of(Html.escape(q.prompt()), back + source);
        }
        if (q.type().equals("matching")) { // the left items on the front, the pairs on the back
            Matching m = Matching.of(q.choices(), q.answer());
            return List.of(Html.escape(q.prompt()) + "<br><br>" + String.join("<br>", m.lefts().stream().map(Html::escape).toList()),
                    Html.escape(m.wording()) + source);
        }
        List<String> shown = q.choices() == null ? List.of() : q.choices();
        String front = Html.escape(q.prompt()) + (shown.isEmpty() ? "" : "<br><br>" + String.join("<br>",
                shown.stream().map(Html::escape).toList()));
        String back = Html.escape(q.answer()) + (q.source() == null || q.source().sentence() == null ? ""
                : "<br><br>" + Html.escape(q.source().sentence()));
        return List.of(front, back);
    }

    private String meta(PortableQuestion q) {
        ObjectNode m = json.createObjectNode();
        m.put("key", q.key()); // the GUID holds it with its deck's digest
        m.put("type", q.type());
        m.put("prompt", q.prompt());
        m.put("answer", q.answer());
        m.put("answer_value", q.answerValue());
        q.choices().forEach(m.putArray("choices")::add);
        if (q.source() != null) {
            ObjectNode s = m.putObject("source");
            s.put("sentence", q.source().sentence());
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
        List<String> lines = new ArrayList<>(new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList());
        Map<String, String> headers = new LinkedHashMap<>();
        int first = 0;
        while (first < lines.size() && (lines.get(first).startsWith("#") || lines.get(first).startsWith("tags:"))) {
            String line = lines.get(first);
            int colon = line.indexOf(':');
            if (line.startsWith("#") && colon > 0) {
                headers.put(line.substring(1, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            first++;
        }
        String body = String.join("\n", lines.subList(first, lines.size()));
        char separator = separator(headers.get("separator"), body);
        int notetypeColumn = column(headers, "notetype column");
        int deckColumn = column(headers, "deck column");
        int guidColumn = column(headers, "guid column");
        int tagsColumn = column(headers, "tags column");
        // Anki's "Include HTML" unticked writes #html:false and fields as plain text, where "1944 < 1946" is not a tag
        UnaryOperator<String> text = "false".equalsIgnoreCase(headers.get("html")) ? String::trim : Html::text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(false).get();
        List<PortableQuestion> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                int line = first + (int) r.getParser().getCurrentLineNumber();
                List<String> fields = new ArrayList<>();
                String notetype = headers.getOrDefault("notetype", "");
                String deck = headers.getOrDefault("deck", defaultDeck);
                String guid = null;
                List<String> tags = new ArrayList<>(Arrays.asList(headers.getOrDefault("tags", "").split("\\s+")));
                for (int i = 0; i < r.size(); i++) {
                    int col = i + 1;
                    if (col == notetypeColumn) {
                        notetype = r.get(i);
                    } else if (col == deckColumn) {
                        deck = r.get(i).isBlank() ? deck : r.get(i);
                    } else if (col == guidColumn) {
                        guid = r.get(i).isBlank() ? null : r.get(i);
                    } else if (col == tagsColumn) {
                        tags.addAll(Arrays.asList(r.get(i).trim().split("\\s+")));
                    } else {
                        fields.add(r.get(i));
                    }
                }
                tags.removeIf(String::isBlank);
                out.add(note(line, notetype, deck, guid, fields, List.copyOf(tags), text));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FormatError(0, "not Anki text: " + e.getMessage());
        }
        return out;
    }

    private PortableQuestion note(int line, String notetype, String deck, String guid, List<String> fields, List<String> tags,
                                  UnaryOperator<String> text) {
        if (fields.isEmpty() || fields.get(0).isBlank()) {
            throw new FormatError(line, "the note's first field is empty");
        }
        String back = fields.size() > 1 ? fields.get(1) : "";
        Matcher meta = META.matcher(back);
        if (meta.find()) { // written by us: the comment holds our fields exactly
            try {
                JsonNode m = json.readTree(meta.group(1));
                List<String> choices = new ArrayList<>();
                m.path("choices").forEach(c -> choices.add(c.asText()));
                JsonNode s = m.get("source");
                PortableQuestion.Source source = JsonFields.isObject(s) ? JsonFields.source(s, JsonFields.text(s, "sentence")) : null;
                String key = m.has("key") ? JsonFields.text(m, "key") : guid; // files from before the GUID had a digest
                return new PortableQuestion(key, deck, JsonFields.text(m, "type"), JsonFields.text(m, "prompt"),
                        JsonFields.text(m, "answer"), JsonFields.text(m, "answer_value"), choices, source, tags);
            } catch (JsonProcessingException e) {
                throw new FormatError(line, "the chronoquiz comment is not JSON: " + e.getOriginalMessage());
            }
        }
        boolean cloze = notetype.toLowerCase(Locale.ROOT).contains("cloze") || CLOZE.matcher(fields.get(0)).find();
        if (cloze) {
            Matcher m = CLOZE.matcher(fields.get(0));
            if (!m.find()) {
                throw new FormatError(line, "a Cloze note needs a deletion written {{c1::…}}");
            }
            String answer = text.apply(m.group(2));
            // the first deletion is the blank; any others show their text
            String prompt = text.apply(fields.get(0).substring(0, m.start()) + "_____"
                    + CLOZE.matcher(fields.get(0).substring(m.end())).replaceAll("$2"));
            String extra = text.apply(back);
            return new PortableQuestion(guid, deck, "cloze", prompt, answer, null, List.of(),
                    extra.isEmpty() ? null : new PortableQuestion.Source(extra, null, null, null), tags);
        }
        if (back.isBlank()) {
            throw new FormatError(line, "a Basic note needs a back: the answer");
        }
        return new PortableQuestion(guid, deck, "typed", text.apply(fields.get(0)), text.apply(back), null, List.of(), null, tags);
    }

    private static int column(Map<String, String> headers, String name) {
        try {
            return headers.containsKey(name) ? Integer.parseInt(headers.get(name)) : -1;
        } catch (NumberFormatException e) {
            throw new FormatError(0, "#" + name + ": must be a column number, got " + headers.get(name));
        }
    }

    /** The header's separator (a name or the character, any case), else the first line's tab, semicolon or comma. */
    private static char separator(String header, String body) {
        if (header != null) {
            return switch (header.toLowerCase(Locale.ROOT)) {
                case "tab" -> '\t';
                case "comma" -> ',';
                case "semicolon" -> ';';
                case "space" -> ' ';
                case "pipe" -> '|';
                case "colon" -> ':';
                default -> {
                    if (header.length() != 1) {
                        throw new FormatError(0, "#separator: " + header + " is not a separator");
                    }
                    yield header.charAt(0);
                }
            };
        }
        String firstLine = body.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
        return firstLine.indexOf('\t') >= 0 ? '\t' : firstLine.indexOf(';') >= 0 ? ';' : ',';
    }
}
