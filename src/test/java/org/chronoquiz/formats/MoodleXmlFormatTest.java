package org.chronoquiz.formats;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoodleXmlFormatTest {
    private final MoodleXmlFormat xml = new MoodleXmlFormat();

    @Test
    void our_questions_round_trip_and_the_first_line_is_the_xml_declaration() {
        byte[] file = xml.write(GiftFormatTest.ours());
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>"), "Moodle needs the declaration first");
        assertTrue(text.contains("<text>$course$/top/Russia &amp; Syria</text>"), text);
        assertEquals(GiftFormatTest.ours(), xml.read(file, null));
        assertEquals(text, new String(xml.write(xml.read(file, null)), StandardCharsets.UTF_8));
    }

    @Test
    void moodles_own_questions_read_as_ours() throws Exception {
        List<PortableQuestion> read = xml.read(Files.readAllBytes(Path.of("src/test/resources/fixtures/formats/moodle.xml")), "D");
        assertEquals(4, read.size());
        PortableQuestion wall = read.get(0);
        assertEquals(List.of("Wall year", "News 2026-11", "when", "When did the Berlin Wall fall?", "1989"),
                List.of(wall.key(), wall.deck(), wall.type(), wall.prompt(), wall.answer()));
        assertEquals(List.of("1989", "1991"), wall.choices());
        assertEquals(List.of("history"), wall.tags());
        assertEquals(List.of("what_happened", "True"), List.of(read.get(1).type(), read.get(1).answer()));
        assertEquals(List.of("typed", "Berlin"), List.of(read.get(2).type(), read.get(2).answer()));
        assertEquals(List.of("typed", "1989"), List.of(read.get(3).type(), read.get(3).answer()));
    }

    @Test
    void entities_doctypes_broken_xml_and_types_without_an_equivalent_are_refused_with_their_line() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<quiz>&x;</quiz>";
        FormatError e = assertThrows(FormatError.class, () -> xml.read(xxe.getBytes(StandardCharsets.UTF_8), "D"));
        assertTrue(e.getMessage().contains("DOCTYPE") || e.getMessage().contains("entit"), e.getMessage());
        FormatError broken = assertThrows(FormatError.class, () -> xml.read(
                "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"shortanswer\">\n</quiz>".getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(4, broken.line());
        FormatError essay = assertThrows(FormatError.class, () -> xml.read(("<?xml version=\"1.0\"?>\n<quiz>\n\n"
                + "<question type=\"essay\"><questiontext><text>Discuss.</text></questiontext></question></quiz>")
                .getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(4, essay.line());
        assertTrue(essay.getMessage().contains("essay"));
        FormatError tolerance = assertThrows(FormatError.class, () -> xml.read(("<?xml version=\"1.0\"?>\n<quiz><question type=\"numerical\">"
                + "<questiontext><text>Year?</text></questiontext><answer fraction=\"100\"><text>1822</text>"
                + "<tolerance>2</tolerance></answer></question></quiz>").getBytes(StandardCharsets.UTF_8), "D"));
        assertTrue(tolerance.getMessage().contains("tolerance"));
    }
}
