package org.chronoquiz.formats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A spreadsheet's CSV: RFC 4180 with a header row, one question per record, every field of ours in a column,
 * so it is lossless. Choices sit in one cell, one per line (a quoted cell holds line breaks); tags are
 * space-separated. Reading requires the header and names the record's line when a row is wrong.
 */
final class CsvFormat implements QuestionFormat {
    static final List<String> COLUMNS = List.of("key", "deck", "type", "prompt", "answer", "answer_value", "choices",
            "source_sentence", "source_start", "source_end", "source_note", "tags");
    private static final List<String> REQUIRED = List.of("type", "prompt", "answer");
    /** The byte-order mark: UTF-8 to Excel. */
    private static final String BOM = "\uFEFF";

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public byte[] write(List<PortableQuestion> questions) {
        StringWriter out = new StringWriter();
        out.write(BOM); // Excel reads a CSV as UTF-8 only when it starts with one; read() skips it
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (PortableQuestion q : questions) {
                var s = q.source();
                csv.printRecord(q.key(), q.deck(), q.type(), q.prompt(), q.answer(), q.answerValue(),
                        String.join("\n", q.choices() == null ? List.of() : q.choices()),
                        s == null ? null : s.sentence(), s == null ? null : s.start(), s == null ? null : s.end(),
                        s == null ? null : s.note(), String.join(" ", q.tags() == null ? List.of() : q.tags()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The parser's complaint as an instructor can act on it, at its line. */
    private static FormatError readable(String message) {
        java.util.regex.Matcher at = LINE.matcher(message);
        int line = at.find() ? Integer.parseInt(at.group(1)) : 0;
        String why;
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("between encapsulated token and delimiter")) {
            why = "a quoted field has text after its closing quote (write a \" inside a quoted field as \"\")";
        } else if (lower.contains("eof reached before encapsulated token finished")) {
            why = "a quoted field is never closed: its closing \" is missing";
        } else if (lower.contains("duplicate name")) {
            why = "the header row names a column twice";
        } else {
            why = "not CSV with a header row (" + message.replaceAll("^.*?Exception:\\s*", "") + ")";
        }
        return new FormatError(line, why);
    }

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("\\bline:? (\\d+)");

    @Override
    public List<PortableQuestion> read(byte[] file, String defaultDeck) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith(BOM)) { // ours, and spreadsheets', byte-order mark
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<PortableQuestion> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new FormatError(1, "the header row lacks " + String.join(", ", missing)
                        + "; the columns are " + String.join(", ", COLUMNS));
            }
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                for (String column : REQUIRED) {
                    if (get(r, column) == null) {
                        throw new FormatError((int) line, "the " + column + " column is empty");
                    }
                }
                String choices = get(r, "choices");
                String tags = get(r, "tags");
                String sentence = get(r, "source_sentence");
                Integer start = number(r, "source_start", line);
                Integer end = number(r, "source_end", line);
                String note = get(r, "source_note");
                PortableQuestion.Source source = sentence == null && start == null && note == null ? null
                        : new PortableQuestion.Source(sentence, start, end, note);
                String deck = get(r, "deck");
                out.add(new PortableQuestion(get(r, "key"), deck == null ? defaultDeck : deck, get(r, "type"),
                        get(r, "prompt"), get(r, "answer"), get(r, "answer_value"),
                        choices == null ? List.of() : choices.lines().toList(), source,
                        tags == null ? List.of() : Arrays.asList(tags.trim().split("\\s+"))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports a broken quote or a duplicate header this way, in its own words
            throw readable(String.valueOf(e.getMessage()));
        }
        return out;
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v.isEmpty() ? null : v;
    }

    private static Integer number(CSVRecord r, String column, long line) {
        String v = get(r, column);
        try {
            return v == null ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new FormatError((int) line, column + " must be a whole number, got '" + v + "'");
        }
    }
}
