package org.chronoquiz.formats;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GiftFormatTest {
    private final GiftFormat gift = new GiftFormat();

    static List<PortableQuestion> ours() {
        return List.of(
                new PortableQuestion("when-1", "Russia & Syria", "when", "When did the USSR and Syria sign {it}: the treaty?",
                        "October 8, 1980", "1980-10-08", List.of("May 1946", "October 8, 1980", "July 1944"),
                        new PortableQuestion.Source("On 8 October 1980 = signed ~ #1.", 3, 18, "worked out"), List.of("treaties")),
                new PortableQuestion("typed-2", "Russia & Syria", "typed", "When were relations established? Give the month and year.",
                        "July 1944", "1944-07", List.of(), null, List.of()),
                new PortableQuestion("cloze-3", "Дамаск", "cloze", "Putin visited Damascus on _____, a first.", "January 7, 2020",
                        "2020-01-07", List.of(), new PortableQuestion.Source("Putin visited Damascus.\\n", 5, 9, null), List.of()),
                new PortableQuestion("timeline-4", "Дамаск", "timeline", "Put these in order.", "A\nB\nC", "1944,1980,2020",
                        List.of("C", "A", "B"), null, List.of()));
    }

    @Test
    void an_arrow_inside_a_timeline_event_does_not_split_the_pair_and_comes_back_as_written() {
        var q = new PortableQuestion("t", "D", "timeline", "Order them.", "Talks -> deal\nDeal signed\nDeal ratified",
                "2019,2020,2021", List.of("Deal signed", "Talks -> deal", "Deal ratified"), null, List.of());
        String text = new String(gift.write(List.of(q)), StandardCharsets.UTF_8);
        assertTrue(text.contains("=Talks → deal -> 1") && text.contains("=Deal signed -> 2"), text);
        assertEquals(q, gift.read(text.getBytes(StandardCharsets.UTF_8), null).get(0), "our comment keeps the event's own arrow");
        // Moodle, which ignores the comment, reads the arrow GIFT can hold
        String moodles = text.lines().filter(l -> !l.startsWith("// chronoquiz")).reduce("", (a, b) -> a + b + "\n");
        PortableQuestion back = gift.read(moodles.getBytes(StandardCharsets.UTF_8), null).get(0);
        assertEquals(List.of("Deal signed", "Talks → deal", "Deal ratified"), back.choices());
        assertEquals("Talks → deal\nDeal signed\nDeal ratified", back.answer());
        // an event edited in the file since wins over the comment
        String edited = text.replace("=Deal signed -> 2", "=Deal sealed -> 2");
        assertEquals(List.of("Deal sealed", "Talks → deal", "Deal ratified"),
                gift.read(edited.getBytes(StandardCharsets.UTF_8), null).get(0).choices());
    }

    @Test
    void a_question_right_under_its_category_line_is_read_into_that_category() {
        String file = "$CATEGORY: $course$/top/Walls\n::wall:: When did the Wall fall? {=1989 ~1991}\n\n"
                + "$CATEGORY: $course$/top/Treaties\n::broken:: When was it signed? {=1990 ~1991\n";
        FormatError e = org.junit.jupiter.api.Assertions.assertThrows(FormatError.class,
                () -> gift.read(file.getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(5, e.line(), e.getMessage());
        List<PortableQuestion> read = gift.read(file.substring(0, file.indexOf("\n\n") + 1).getBytes(StandardCharsets.UTF_8), "D");
        assertEquals(List.of(List.of("wall", "Walls", "1989")), read.stream().map(q -> List.of(q.key(), q.deck(), q.answer())).toList());
    }

    @Test
    void our_questions_round_trip_and_a_second_export_is_byte_identical() {
        byte[] file = gift.write(ours());
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("$CATEGORY: Russia & Syria"), text);
        assertTrue(text.contains("sign \\{it\\}\\: the treaty?"), "specials escaped: " + text);
        assertTrue(text.contains("=C -> 3"), "a timeline is a matching of events to positions");
        assertEquals(ours(), gift.read(file, null));
        assertEquals(text, new String(gift.write(gift.read(file, null)), StandardCharsets.UTF_8));
    }

    @Test
    void every_construct_reads_into_our_types_or_is_refused_with_its_line() throws Exception {
        String all = Files.readString(Path.of("src/test/resources/fixtures/formats/every-construct.gift"));
        List<PortableQuestion> read = gift.read(all.getBytes(StandardCharsets.UTF_8), "Default");
        assertEquals(12, read.size());
        PortableQuestion grant = read.get(0);
        assertEquals(List.of("Q1", "History/Grant", "what_happened", "Who was buried in Grant's tomb?", "Grant"),
                List.of(grant.key(), grant.deck(), grant.type(), grant.prompt(), grant.answer()));
        assertEquals(List.of("Grant", "No one", "Napoleon"), grant.choices(), "per-answer feedback dropped");
        assertEquals("Grant's Tomb is in New York.", grant.source().sentence(), "general feedback is the source");
        PortableQuestion year = read.get(1);
        assertEquals(List.of("when", "When was the Berlin Wall opened?", "November 9, 1989"),
                List.of(year.type(), year.prompt(), year.answer()), "[plain] dropped, a date answer is a when question");
        assertEquals(List.of("what_happened", "True"), List.of(read.get(2).type(), read.get(2).answer()));
        assertEquals(List.of("cloze", "Two plus two equals _____.", "four"),
                List.of(read.get(3).type(), read.get(3).prompt(), read.get(3).answer()), "text after } is a missing word; the first right answer");
        assertEquals(List.of("numerical", "1822", "1822:0"), List.of(read.get(4).type(), read.get(4).answer(),
                read.get(4).answerValue()), "GIFT's numerical is ours: an exact number");
        assertEquals(List.of("cloze", "Mahatma Gandhi's birthday is an Indian holiday on _____ each year.", "2 October"),
                List.of(read.get(5).type(), read.get(5).prompt(), read.get(5).answer()));
        PortableQuestion escaped = read.get(6);
        assertEquals("1 + 2 = 3: is this {true}? A backslash \\ and a line\nbreak.", escaped.prompt());
        assertEquals("yes ~ indeed", escaped.answer());
        PortableQuestion order = read.get(7);
        assertEquals(List.of("Timelines", "timeline", "Treaty signed\nWall falls\nReunification"),
                List.of(order.deck(), order.type(), order.answer()));
        PortableQuestion within = read.get(8);
        assertEquals(List.of("Numbers", "numerical", "1989", "1989:1"),
                List.of(within.deck(), within.type(), within.answer(), within.answerValue()));
        assertEquals(List.of("1942", "1942:3"), List.of(read.get(9).answer(), read.get(9).answerValue()),
                "min..max is its middle, give or take half its width, as Moodle reads it");
        PortableQuestion weighted = read.get(10);
        assertEquals(List.of("1822", "1822:0", List.of("50% 1822:2")),
                List.of(weighted.answer(), weighted.answerValue(), weighted.choices()), "per-answer feedback and ~ dropped");
        PortableQuestion capitals = read.get(11);
        assertEquals(List.of("matching", List.of("Canada", "Italy", "Japan"), "Ottawa\nRome\nTokyo\nParis"),
                List.of(capitals.type(), capitals.choices(), capitals.answer()), "a matching that is no timeline; = -> Paris matches nothing");
        assertEquals("Capitals since 1950.", capitals.source().sentence());
    }

    @Test
    void constructs_without_an_equivalent_and_broken_questions_name_their_line() {
        String[][] cases = {
                {"ok {=1989}\n\n// a comment\nThis is only a description.\n", "4", "description"},
                {"Write an essay. {}\n", "1", "essay"},
                {"\n\nWho is entombed? {\n ~%50%Grant\n ~%50%his wife\n}\n", "3", "multiple-answer"},
                {"Born? {#1822:-2}\n", "1", "a numerical answer is a number"},
                {"ok {#1}\n\nBorn? {#about 1822}\n", "3", "“about 1822” is none of these"},
                {"Born? {#1820..}\n", "1", "min..max"},
                {"Born? {#=%50%1822:2 =%20%1822:5}\n", "1", "worth 100%"},
                {"\nMatch. {\n =Canada -> Ottawa\n}\n", "2", "at least two pairs"},
                {"Match. {\n =Canada -> Ottawa\n =Italy\n}\n", "1", "“Italy” is not"},
                {"Match. {\n =Canada -> Ottawa\n =Italy ->\n}\n", "1", "nothing after its ->"},
                {"Never closed {=1989\n\nNext {=1990}\n", "1", "never closed"},
                {"::title not closed {=x}\n", "1", "title"},
        };
        for (String[] c : cases) {
            FormatError e = assertThrows(FormatError.class, () -> gift.read(c[0].getBytes(StandardCharsets.UTF_8), "D"), c[0]);
            assertEquals(Integer.parseInt(c[1]), e.line(), c[0]);
            assertTrue(e.getMessage().contains(c[2]), e.getMessage());
        }
    }
}
