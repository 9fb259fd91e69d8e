package org.chronoquiz.formats;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numerical questions with tolerances and matching questions through every format that reads back. */
class NumericalAndMatchingFormatsTest {

    static List<PortableQuestion> ours() {
        return List.of(
                new PortableQuestion("num-1", "Years", "numerical", "In what year did the Berlin Wall fall?", "1989", "1989:1",
                        List.of("50% 1989:3", "25% 1989:10"), new PortableQuestion.Source("The Wall fell in 1989.", 4, 20, null),
                        List.of("history")),
                new PortableQuestion("num-2", "Years", "numerical", "How long was the Wall, in km?", "155.5", "155.5:0.25",
                        List.of(), null, List.of()),
                new PortableQuestion("num-3", "Years", "numerical", "Lowest temperature, in degrees?", "-40", "-40:0",
                        List.of(), null, List.of()),
                new PortableQuestion("match-4", "Capitals", "matching", "Match countries with capitals {and: =signs#}.",
                        "Ottawa\nRome = Roma\nTalks -> deal\nParis", null, List.of("Canada", "Italy ~ Italia", "Japan"),
                        new PortableQuestion.Source("Capitals since 1950.", null, null, null), List.of("geo")));
    }

    @Test
    void gift_writes_its_own_numerical_and_matching_and_reads_them_back_whole() {
        GiftFormat gift = new GiftFormat();
        String text = new String(gift.write(ours()), StandardCharsets.UTF_8);
        assertTrue(text.contains("{#\n  =1989:1\n  =%50%1989:3\n  =%25%1989:10\n"), text);
        assertTrue(text.contains("=Canada -> Ottawa\n") && text.contains("= -> Paris\n"), text);
        assertTrue(text.contains("=Japan -> Talks -> deal\n"), "a right item keeps its arrow: Moodle splits at the first");
        assertEquals(ours(), gift.read(text.getBytes(StandardCharsets.UTF_8), null));
        // without our comment, what Moodle reads is still there: GIFT holds all of these
        String moodles = text.lines().filter(l -> !l.startsWith("// chronoquiz")).reduce("", (a, b) -> a + b + "\n");
        List<PortableQuestion> plain = gift.read(moodles.getBytes(StandardCharsets.UTF_8), null);
        for (int i = 0; i < ours().size(); i++) {
            PortableQuestion o = ours().get(i);
            PortableQuestion p = plain.get(i);
            assertEquals(List.of(o.key(), o.deck(), o.type(), o.prompt(), o.answer(), o.choices()),
                    List.of(p.key(), p.deck(), p.type(), p.prompt(), p.answer(), p.choices()), o.key());
            assertEquals(o.type().equals("numerical") ? o.answerValue() : null, p.answerValue());
        }
    }

    @Test
    void gift_weights_beyond_0_to_100_percent_count_as_nothing_or_as_full_credit() {
        PortableQuestion q = new GiftFormat().read("Born? {#=%-50%1800 =%150%1822 =%0%1830 =%33.3%1822:5}\n"
                .getBytes(StandardCharsets.UTF_8), "D").get(0);
        assertEquals(List.of("1822", "1822:0", List.of("33% 1822:5")), List.of(q.answer(), q.answerValue(), q.choices()));
    }

    @Test
    void moodle_xml_writes_numerical_with_tolerances_and_matching_with_subquestions_and_reads_them_back_whole() {
        MoodleXmlFormat xml = new MoodleXmlFormat();
        String text = new String(xml.write(ours()), StandardCharsets.UTF_8);
        assertTrue(text.contains("<question type=\"numerical\">"), text);
        assertTrue(text.contains("<answer fraction=\"50\" format=\"plain_text\"><text>1989</text><tolerance>3</tolerance></answer>"), text);
        assertTrue(text.contains("<subquestion format=\"plain_text\"><text>Canada</text><answer><text>Ottawa</text></answer></subquestion>"), text);
        assertTrue(text.contains("<subquestion format=\"plain_text\"><text></text><answer><text>Paris</text></answer></subquestion>"), text);
        assertEquals(ours(), xml.read(text.getBytes(StandardCharsets.UTF_8), null));
        String moodles = text.replaceAll("<!--chronoquiz .*?-->", "");
        List<PortableQuestion> plain = xml.read(moodles.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(ours().stream().map(PortableQuestion::type).toList(), plain.stream().map(PortableQuestion::type).toList());
        assertEquals(ours().get(0).choices(), plain.get(0).choices());
        assertEquals(ours().get(3).answer(), plain.get(3).answer());
    }

    @Test
    void json_csv_and_anki_text_are_lossless_and_anki_shows_the_answer_and_tolerance_on_the_back() {
        for (QuestionFormat f : List.of(new JsonFormat(), new CsvFormat(), new AnkiFormat())) {
            assertEquals(ours(), f.read(f.write(ours()), null), f.name());
        }
        List<String> wall = AnkiFormat.fields(ours().get(0));
        assertEquals("In what year did the Berlin Wall fall?", wall.get(0), "the partial credits are no choices to show");
        assertTrue(wall.get(1).startsWith("1989 ± 1<br>50% for 1989 ± 3<br>25% for 1989 ± 10<br><br>The Wall fell"), wall.get(1));
        List<String> capitals = AnkiFormat.fields(ours().get(3));
        assertTrue(capitals.get(0).endsWith("<br><br>Canada<br>Italy ~ Italia<br>Japan"), capitals.get(0));
        assertTrue(capitals.get(1).startsWith("Canada → Ottawa<br>Italy ~ Italia → Rome = Roma<br>Japan → Talks -&gt; deal"),
                capitals.get(1));
    }
}
