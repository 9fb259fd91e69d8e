package org.chronoquiz.formats;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvFormatTest {
    private final CsvFormat csv = new CsvFormat();

    static List<PortableQuestion> tricky() {
        return List.of(
                new PortableQuestion("when-1", "Russia, \"Syria\"", "when", "When did the USSR and Syria, at last, sign it?",
                        "October 8, 1980", "1980-10-08", List.of("October 8, 1980", "May 1946", "July 1944"),
                        new PortableQuestion.Source("On 8 October 1980, in Moscow, they signed.\tDone.", 3, 18, "note: \"read\""),
                        List.of("treaties", "1980s")),
                new PortableQuestion("timeline-2", "Дамаск", "timeline", "Put these in order.", "A\nB, with comma\nC",
                        null, List.of("C", "A", "B, with comma"), null, List.of()));
    }

    @Test
    void every_field_round_trips_through_a_spreadsheet() {
        byte[] file = csv.write(tricky());
        assertTrue(new String(file, StandardCharsets.UTF_8).startsWith("\uFEFF" + String.join(",", CsvFormat.COLUMNS) + "\r\n"),
                "a byte-order mark for Excel, then RFC 4180: a header row, CRLF line ends");
        assertEquals(tricky(), csv.read(file, null));
        assertEquals(new String(file, StandardCharsets.UTF_8), new String(csv.write(csv.read(file, null)), StandardCharsets.UTF_8));
    }

    @Test
    void a_row_without_a_deck_takes_the_default_and_a_byte_order_mark_is_ignored() {
        String file = "\uFEFFtype,prompt,answer\r\ntyped,When did the Wall fall?,9 November 1989\r\n";
        var q = csv.read(file.getBytes(StandardCharsets.UTF_8), "History").get(0);
        assertEquals("History", q.deck());
        assertEquals("9 November 1989", q.answer());
    }

    @Test
    void broken_rows_name_their_line() {
        var missing = assertThrows(FormatError.class, () -> csv.read(
                "type,prompt,answer\r\ntyped,When?,1989\r\ntyped,,1990\r\n".getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(3, missing.line());
        assertTrue(missing.getMessage().contains("the prompt column is empty"), missing.getMessage());
        var header = assertThrows(FormatError.class, () -> csv.read("question,reply\r\nx,y\r\n".getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(1, header.line());
        var number = assertThrows(FormatError.class, () -> csv.read(
                "type,prompt,answer,source_start\r\ntyped,When?,1989,twelve\r\n".getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(2, number.line());
        var unclosed = assertThrows(FormatError.class, () -> csv.read("type,prompt,answer\r\ntyped,\"unclosed,1989\r\n"
                .getBytes(StandardCharsets.UTF_8), "D"));
        assertTrue(unclosed.getMessage().contains("a quoted field is never closed"), unclosed.getMessage());
        var quote = assertThrows(FormatError.class, () -> csv.read("type,prompt,answer\r\ntyped,When?,1989\r\ntyped,\"When\" did it,1990\r\n"
                .getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(3, quote.line(), quote.getMessage());
        assertTrue(quote.getMessage().contains("text after its closing quote") && !quote.getMessage().contains("Exception"),
                quote.getMessage());
    }
}
