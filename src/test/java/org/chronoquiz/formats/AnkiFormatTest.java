package org.chronoquiz.formats;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnkiFormatTest {
    private final AnkiFormat anki = new AnkiFormat();

    @Test
    void our_questions_round_trip_with_guids_and_html_escaped() {
        List<PortableQuestion> ours = new java.util.ArrayList<>(GiftFormatTest.ours());
        ours.add(new PortableQuestion("typed-5", "Russia & Syria", "typed", "Was <b>1946</b> & \"independence\" the year?\tTab.",
                "April 1946", "1946-04", List.of(), null, List.of("a", "b")));
        byte[] file = anki.write(ours);
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#guid column:3\n#tags column:6\n"), text);
        assertTrue(text.matches("(?s).*Cloze\tДамаск\tcloze-3@[0-9a-f]{8}\tPutin visited Damascus on \\{\\{c1::January 7, 2020}}, a first\\..*"), text);
        assertTrue(text.contains("Was &lt;b&gt;1946&lt;/b&gt; &amp; &quot;independence&quot;"), "fields are HTML, escaped");
        assertTrue(text.contains("\tRussia & Syria\t"), "the deck column is plain text");
        assertEquals(ours, anki.read(file, null));
        assertEquals(text, new String(anki.write(anki.read(file, null)), StandardCharsets.UTF_8));
    }

    @Test
    void the_same_key_in_two_decks_gets_two_guids_and_an_export_again_the_same_ones() {
        // generated keys are places in one article ("when-318-331"), so two articles' decks can share one
        var a = new PortableQuestion("when-1", "Deck A", "typed", "When?", "1989", "1989", List.of(), null, List.of());
        var b = new PortableQuestion("when-1", "Deck B", "typed", "When?", "1990", "1990", List.of(), null, List.of());
        List<String> guids = guids(anki.write(List.of(a, b)));
        assertEquals(2, new java.util.HashSet<>(guids).size(), guids.toString());
        assertEquals(guids, guids(anki.write(List.of(a, b))));
        assertEquals(guids.get(0), guids(anki.write(List.of(a))).get(0), "a deck exported alone keeps its GUIDs");
        assertEquals(List.of(a, b), anki.read(anki.write(List.of(a, b)), null), "our key comes back, not the GUID");
    }

    private static List<String> guids(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[2]).toList();
    }

    @Test
    void ankis_own_export_of_basic_and_cloze_notes_reads_as_typed_and_cloze_questions() throws Exception {
        byte[] file = Files.readAllBytes(Path.of("src/test/resources/fixtures/formats/anki-export.txt"));
        List<PortableQuestion> notes = anki.read(file, "From Anki");
        assertEquals(4, notes.size());
        assertEquals(List.of("typed", "The Berlin Wall fell on 9 November 1989?", "9 November 1989", "From Anki"),
                List.of(notes.get(0).type(), notes.get(0).prompt(), notes.get(0).answer(), notes.get(0).deck()));
        assertEquals(List.of("history", "berlin"), notes.get(0).tags());
        assertEquals("Capital of Syria; \"the\" oldest?", notes.get(1).prompt(), "a quoted field, its semicolon and quotes");
        assertEquals(List.of("cloze", "_____ is the capital of Syria.", "Damascus"),
                List.of(notes.get(2).type(), notes.get(2).prompt(), notes.get(2).answer()));
        assertEquals("Since 1946.", notes.get(2).source().sentence());
        assertEquals("1980", notes.get(3).answer(), "a hint after :: is not part of the answer");
    }

    @Test
    void a_plain_text_export_keeps_its_angle_brackets_and_ampersands() {
        // as Anki 2.1.66 writes it with "Include HTML" off (AnkiBackendTest has the real thing)
        String file = "#separator:tab\n#html:false\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"
                + "g1\tBasic\tHistory::Berlin\tWas 1944 < 1946 & 1980 > 1979?\tYes\t\n"
                + "g2\tCloze\tHistory::Berlin\t{{c1::A < B}} & C\t<not a tag>\t\n";
        var notes = anki.read(file.getBytes(StandardCharsets.UTF_8), "D");
        assertEquals(List.of("Was 1944 < 1946 & 1980 > 1979?", "Yes"), List.of(notes.get(0).prompt(), notes.get(0).answer()));
        assertEquals(List.of("_____ & C", "A < B", "<not a tag>"),
                List.of(notes.get(1).prompt(), notes.get(1).answer(), notes.get(1).source().sentence()));
    }

    @Test
    void a_headerless_comma_file_is_read_and_broken_notes_name_their_line() {
        var notes = anki.read("When?,1989\nWhere?,Berlin\n".getBytes(StandardCharsets.UTF_8), "D");
        assertEquals(List.of("When?", "Where?"), notes.stream().map(PortableQuestion::prompt).toList());
        var noBack = assertThrows(FormatError.class, () -> anki.read("#separator:tab\nWhen?\t1989\nWhere?\t\n"
                .getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(3, noBack.line());
        var badCloze = assertThrows(FormatError.class, () -> anki.read("#separator:tab\n#notetype:Cloze\nNo deletion here\tx\n"
                .getBytes(StandardCharsets.UTF_8), "D"));
        assertEquals(3, badCloze.line());
        assertTrue(badCloze.getMessage().contains("{{c1::"));
    }
}
