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
        assertEquals(List.of("numerical", "1989", "1989:0"), List.of(read.get(3).type(), read.get(3).answer(),
                read.get(3).answerValue()));
    }

    @Test
    void html_from_moodles_editor_is_read_as_text_and_our_plain_text_keeps_its_angle_brackets() {
        String file = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="multichoice"><name><text>wall</text></name>
                    <questiontext format="html"><text><![CDATA[<p dir="ltr" style="text-align: left;">When did the Berlin&nbsp;Wall fall?&nbsp;<br></p>]]></text></questiontext>
                    <answer fraction="100" format="html"><text><![CDATA[<p>November 9, 1989</p>]]></text></answer>
                    <answer fraction="0" format="html"><text><![CDATA[<p>October 3, 1990</p>]]></text></answer>
                    <single>true</single></question>
                  <question type="shortanswer"><name><text>sign</text></name>
                    <questiontext format="plain_text"><text>Which sign is 1 &lt;b&gt; 2?</text></questiontext>
                    <answer fraction="100" format="plain_text"><text>&lt;b&gt; &amp;&#8217;s</text></answer></question>
                </quiz>
                """;
        List<PortableQuestion> read = xml.read(file.getBytes(StandardCharsets.UTF_8), "D");
        assertEquals(List.of("When did the Berlin Wall fall?", "when", "November 9, 1989", List.of("November 9, 1989", "October 3, 1990")),
                List.of(read.get(0).prompt(), read.get(0).type(), read.get(0).answer(), read.get(0).choices()),
                "the choices are dates once their paragraphs are read, so it is a when question");
        assertEquals(List.of("Which sign is 1 <b> 2?", "<b> &\u2019s"), List.of(read.get(1).prompt(), read.get(1).answer()));
        PortableQuestion gift = new GiftFormat().read("::wall::[html]<p>When did the <b>Wall</b> fall?</p>{=<p>1989</p> ~1991}\n"
                .getBytes(StandardCharsets.UTF_8), "D").get(0);
        assertEquals(List.of("When did the Wall fall?", "1989", List.of("1989", "1991")), List.of(gift.prompt(), gift.answer(), gift.choices()));
    }

    @Test
    void moodles_numerical_with_tolerances_and_general_matching_read_as_ours() throws Exception {
        List<PortableQuestion> read = xml.read(Files.readAllBytes(Path.of("src/test/resources/fixtures/formats/moodle-more.xml")), "D");
        PortableQuestion wall = read.get(0);
        assertEquals(List.of("Numbers", "numerical", "1989", "1989:1", List.of("50% 1989:3")),
                List.of(wall.deck(), wall.type(), wall.answer(), wall.answerValue(), wall.choices()), "the * answer earns nothing");
        PortableQuestion capitals = read.get(1);
        assertEquals(List.of("matching", List.of("Canada", "Italy"), "Ottawa\nRome\nParis"),
                List.of(capitals.type(), capitals.choices(), capitals.answer()), "HTML read as text; a textless subquestion matches nothing");
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
        String[][] bad = {
                {"<answer fraction=\"100\"><text>1822</text><tolerance>-2</tolerance></answer>", "tolerance of 0 or more"},
                {"<answer fraction=\"100\"><text>about 1822</text></answer>", "“about 1822” with tolerance “0” is not"},
                {"<answer fraction=\"50\"><text>1822</text><tolerance>2</tolerance></answer>", "worth 100"},
                {"<answer fraction=\"100\"><text>155</text><tolerance>0</tolerance></answer><units><unit><multiplier>1"
                        + "</multiplier><unit_name>km</unit_name></unit><unit><multiplier>1000</multiplier><unit_name>m</unit_name>"
                        + "</unit></units>", "units (km, m) have no Chronoquiz equivalent"},
        };
        for (String[] b : bad) {
            FormatError number = assertThrows(FormatError.class, () -> xml.read(("<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"numerical\">"
                    + "<questiontext><text>Year?</text></questiontext>" + b[0] + "</question></quiz>").getBytes(StandardCharsets.UTF_8), "D"));
            assertEquals(3, number.line(), b[0]);
            assertTrue(number.getMessage().contains(b[1]), number.getMessage());
        }
        PortableQuestion unitless = xml.read(("<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"numerical\"><questiontext><text>"
                + "Year?</text></questiontext><answer fraction=\"100\"><text>1822</text></answer><units/><unitgradingtype>0"
                + "</unitgradingtype><showunits>3</showunits></question></quiz>").getBytes(StandardCharsets.UTF_8), "D").get(0);
        assertEquals("1822", unitless.answer(), "Moodle's unit settings without a unit are no unit");
        FormatError onePair = assertThrows(FormatError.class, () -> xml.read(("<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"matching\">"
                + "<questiontext><text>Match.</text></questiontext><subquestion><text>Canada</text><answer><text>Ottawa</text>"
                + "</answer></subquestion></question></quiz>").getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(3, onePair.line());
        assertTrue(onePair.getMessage().contains("at least two subquestions"), onePair.getMessage());
    }
}
