package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.formats.anki.AnkiBackend;
import org.chronoquiz.formats.anki.AnkiCollection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our Anki files against Anki itself: the Rust backend of Anki 2.1.66 (AnkiDroid's desktop build, a test
 * dependency) imports the .apkg and the plain text that {@code export} writes, with the importers Anki's own
 * Import uses, and renders the cards as a learner would review them; and it exports the plain text that
 * {@code import} must read. Skipped, saying why, where that library cannot load (it is x86_64 Linux only here).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AnkiBackendTest {
    private static final String EVERY_TYPE = "src/test/resources/fixtures/formats/every-type.json";
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path tmp;

    private String db() {
        return org.chronoquiz.TestDatabases.at(tmp.resolve("cq.db"));
    }

    private AnkiBackend anki() throws Exception {
        try {
            return AnkiBackend.start(tmp.resolve("anki-work"));
        } catch (AnkiBackend.Unavailable e) {
            Assumptions.abort(e.getMessage());
            throw e;
        }
    }

    private Path exportApkg(String name) {
        Path apkg = tmp.resolve(name);
        Shell.Run export = Shell.run("export", "--format", "apkg", "--out", apkg.toString(), "--db", db());
        assertEquals(0, export.code(), export.err());
        return apkg;
    }

    @Test
    void our_apkg_imports_into_anki_as_the_cards_a_learner_studies_and_a_second_import_updates_them() throws Exception {
        Shell.Run imported = Shell.run("import", "--db", db(), EVERY_TYPE);
        assertEquals(0, imported.code(), imported.err());
        Path apkg = exportApkg("ours.apkg");
        try (AnkiBackend backend = anki(); AnkiCollection anki = AnkiCollection.open(backend, tmp.resolve("anki"))) {
            AnkiCollection.ImportLog log = anki.importPackage(apkg);
            assertEquals(Map.of("new", 7), log.counts(), "every note new, none skipped or in conflict: " + log.queues());
            assertEquals(7, log.foundNotes());

            List<AnkiCollection.Note> notes = anki.notes();
            assertEquals(Set.of("when-1", "typed-2", "cloze-3", "what-4", "timeline-5", "num-6", "match-7"),
                    notes.stream().map(AnkiBackendTest::key).collect(Collectors.toSet()), "GUIDs are our keys, then the deck's digest");
            Map<String, AnkiCollection.Note> byKey = notes.stream().collect(Collectors.toMap(AnkiBackendTest::key, n -> n));
            assertEquals("Chronoquiz Cloze", byKey.get("cloze-3").notetype());
            assertEquals(6, notes.stream().filter(n -> n.notetype().equals("Chronoquiz Basic")).count());
            assertEquals(List.of("treaties"), byKey.get("when-1").tags());
            assertEquals(7, anki.cardIds().size(), "one card a note");

            Map<String, String> decks = new HashMap<>();
            Map<String, AnkiCollection.Sides> seen = new HashMap<>();
            for (AnkiCollection.Note n : notes) {
                assertEquals(1, n.cards().size(), n.guid());
                long card = n.cards().get(0);
                decks.put(key(n), anki.card(card).deck());
                seen.put(key(n), anki.render(card));
            }
            assertEquals(Map.of("when-1", "Russia & Syria", "typed-2", "Russia & Syria", "cloze-3", "Дамаск", "what-4", "Дамаск",
                    "timeline-5", "Дамаск", "num-6", "Years", "match-7", "Years"), decks);

            assertEquals("When did the USSR and Syria sign the treaty?\n\nMay 1946\nOctober 8, 1980\nJuly 1944",
                    text(seen.get("when-1").question()));
            assertEquals("When did the USSR and Syria sign the treaty?\n\nMay 1946\nOctober 8, 1980\nJuly 1944\n---\n"
                    + "October 8, 1980\n\nOn 8 October 1980 the two signed a treaty.", text(seen.get("when-1").answer()));
            assertEquals("Putin visited Damascus on [...], a first.", text(seen.get("cloze-3").question()));
            assertEquals("Putin visited Damascus on January 7, 2020, a first.\nPutin visited Damascus <again> & met Assad.",
                    text(seen.get("cloze-3").answer()));
            assertEquals("Put these in order.\n\nVisit\nRelations\nTreaty", text(seen.get("timeline-5").question()));
            assertTrue(text(seen.get("timeline-5").answer()).endsWith("---\nRelations\nTreaty\nVisit"), seen.get("timeline-5").answer());
            assertTrue(text(seen.get("num-6").answer()).endsWith("---\n1989 ± 1\n50% for 1989 ± 3"), seen.get("num-6").answer());
            assertEquals("Match countries with capitals.\n\nCanada\nItaly", text(seen.get("match-7").question()));
            for (var side : seen.entrySet()) {
                assertTrue(!side.getValue().question().contains("{{") && !side.getValue().answer().contains("{{"),
                        side.getKey() + " shows no template syntax: " + side.getValue());
            }

            AnkiCollection.ImportLog again = anki.importPackage(apkg);
            assertEquals(Map.of("duplicate", 7), again.counts(), "the same package again adds nothing: " + again.queues());
            assertEquals(7, anki.notes().size());

            // an answer edited in Chronoquiz reaches the learner's note, which keeps its card (and so its schedule)
            String edited = Files.readString(Path.of(EVERY_TYPE)).replace("\"answer\": \"July 1944\"", "\"answer\": \"July 1944 (by letter)\"");
            Path bank = Files.writeString(tmp.resolve("edited.json"), edited);
            assertEquals(0, Shell.run("import", "--db", db(), bank.toString()).code());
            nextSecond();
            AnkiCollection.ImportLog update = anki.importPackage(exportApkg("edited.apkg"));
            assertTrue(update.queues().getOrDefault("updated", List.of()).contains("When were relations established? Give the month and year."),
                    update.queues().toString());
            assertTrue(!update.queues().containsKey("new"), "nothing duplicated: " + update.queues());
            AnkiCollection.Note typed = anki.notes().stream().filter(n -> key(n).equals("typed-2")).findFirst().orElseThrow();
            assertEquals("July 1944 (by letter)", typed.fields().get(1));
            assertEquals(byKey.get("typed-2").cards(), typed.cards());
            assertEquals(7, anki.notes().size());
        }
    }

    @Test
    void decks_exported_one_at_a_time_into_one_collection_keep_their_own_names() throws Exception {
        assertEquals(0, Shell.run("import", "--db", db(), EVERY_TYPE).code());
        try (AnkiBackend backend = anki(); AnkiCollection anki = AnkiCollection.open(backend, tmp.resolve("anki"))) {
            for (String deck : List.of("Years", "Дамаск", "Russia & Syria")) {
                Path apkg = tmp.resolve(deck.hashCode() + ".apkg");
                Shell.Run export = Shell.run("export", "--format", "apkg", "--deck", deck, "--out", apkg.toString(), "--db", db());
                assertEquals(0, export.code(), export.err());
                AnkiCollection.ImportLog log = anki.importPackage(apkg);
                assertEquals(Set.of("new"), log.counts().keySet(), deck + ": " + log.queues());
            }
            Map<String, String> decks = new HashMap<>();
            for (AnkiCollection.Note n : anki.notes()) {
                decks.put(key(n), anki.card(n.cards().get(0)).deck());
            }
            assertEquals(Map.of("when-1", "Russia & Syria", "typed-2", "Russia & Syria", "cloze-3", "Дамаск", "what-4", "Дамаск",
                    "timeline-5", "Дамаск", "num-6", "Years", "match-7", "Years"), decks);
        }
    }

    @Test
    void a_deck_named_a_double_colon_b_is_the_same_anki_subdeck_from_our_apkg_as_from_our_text() throws Exception {
        Path bank = Files.writeString(tmp.resolve("sub.json"), """
                [{"key": "sub-1", "deck": "News::2026-11", "type": "typed", "prompt": "When did the wall fall?",
                  "answer": "November 1989", "answer_value": "1989-11", "choices": []}]""");
        assertEquals(0, Shell.run("import", "--db", db(), bank.toString()).code());
        Path txt = tmp.resolve("sub.txt");
        assertEquals(0, Shell.run("export", "--format", "anki", "--out", txt.toString(), "--db", db()).code());
        try (AnkiBackend backend = anki()) {
            for (String kind : List.of("apkg", "text")) {
                try (AnkiCollection anki = AnkiCollection.open(backend, tmp.resolve("anki-" + kind))) {
                    var log = kind.equals("apkg") ? anki.importPackage(exportApkg("sub.apkg")) : anki.importText(txt);
                    assertEquals(Map.of("new", 1), log.counts(), kind);
                    assertEquals("News::2026-11", anki.card(anki.cardIds().get(0)).deck(), kind);
                    assertEquals(List.of("Default", "News", "News::2026-11"), anki.deckNames(),
                            kind + ": the card's deck is the subdeck 2026-11 of News, not a deck of its own");
                }
            }
        }
    }

    @Test
    void our_plain_text_export_imports_with_ankis_text_importer_into_its_stock_basic_and_cloze_note_types() throws Exception {
        assertEquals(0, Shell.run("import", "--db", db(), EVERY_TYPE).code());
        Path txt = tmp.resolve("ours.txt");
        Shell.Run export = Shell.run("export", "--format", "anki", "--out", txt.toString(), "--db", db());
        assertEquals(0, export.code(), export.err());
        try (AnkiBackend backend = anki(); AnkiCollection anki = AnkiCollection.open(backend, tmp.resolve("anki"))) {
            AnkiCollection.ImportLog log = anki.importText(txt);
            assertEquals(Map.of("new", 7), log.counts(), log.queues() + "\n" + Files.readString(txt));
            Map<String, AnkiCollection.Note> byKey = anki.notes().stream().collect(Collectors.toMap(AnkiBackendTest::key, n -> n));
            assertEquals(Set.of("when-1", "typed-2", "cloze-3", "what-4", "timeline-5", "num-6", "match-7"), byKey.keySet());
            assertEquals("Cloze", byKey.get("cloze-3").notetype());
            assertEquals("Basic", byKey.get("typed-2").notetype());
            assertEquals(List.of("treaties"), byKey.get("when-1").tags());
            assertEquals("Дамаск", anki.card(byKey.get("cloze-3").cards().get(0)).deck());
            assertEquals("Putin visited Damascus on [...], a first.", text(anki.render(byKey.get("cloze-3").cards().get(0)).question()));
            AnkiCollection.Sides typed = anki.render(byKey.get("typed-2").cards().get(0));
            assertEquals("When were relations established? Give the month and year.\n---\nJuly 1944", text(typed.answer()),
                    "our own fields ride in a comment the learner does not see");
            assertEquals(Map.of("duplicate", 7), anki.importText(txt).counts(), "the GUIDs match: nothing added twice");
            assertEquals(7, anki.notes().size());
        }
    }

    @Test
    void a_note_first_imported_from_our_text_is_not_updated_by_our_apkg_but_reported_as_a_conflict() throws Exception {
        // the text goes into Anki's stock note types, the package brings its own: Anki will not move a note between them
        assertEquals(0, Shell.run("import", "--db", db(), EVERY_TYPE).code());
        Path txt = tmp.resolve("ours.txt");
        assertEquals(0, Shell.run("export", "--format", "anki", "--out", txt.toString(), "--db", db()).code());
        try (AnkiBackend backend = anki(); AnkiCollection anki = AnkiCollection.open(backend, tmp.resolve("anki"))) {
            assertEquals(Map.of("new", 7), anki.importText(txt).counts());
            nextSecond();
            assertEquals(Map.of("conflicting", 7), anki.importPackage(exportApkg("later.apkg")).counts());
            assertEquals(7, anki.notes().size(), "nothing duplicated either");
        }
    }

    @Test
    void ankis_own_text_export_of_basic_and_cloze_notes_imports_as_typed_and_cloze_questions() throws Exception {
        Path html = tmp.resolve("anki-html.txt");
        Path plain = tmp.resolve("anki-plain.txt");
        try (AnkiBackend backend = anki(); AnkiCollection anki = AnkiCollection.open(backend, tmp.resolve("anki"))) {
            long deck = anki.addDeck("History::Berlin");
            anki.addNote("Basic", deck, null, List.of("When did the <b>Berlin Wall</b> fall?", "9 November 1989"),
                    List.of("history", "berlin"));
            // Anki's GUID alphabet has '#', so about one exported line in 91 starts with it: not a comment
            anki.addNote("Basic", deck, "#hash1", List.of("Capital of <i>Syria</i>; \"the\" oldest?", "Damascus"), List.of("geography"));
            anki.addNote("Basic", deck, null, List.of("Was 1944 &lt; 1946 &amp; 1980 &gt; 1979?", "Yes"), List.of());
            anki.addNote("Cloze", deck, null, List.of("{{c1::Damascus}} is the capital of {{c2::Syria}}.", "Since 1946."), List.of());
            anki.addNote("Cloze", deck, null, List.of("The USSR and Syria signed a treaty in {{c1::1980::year}}.", ""), List.of());
            assertEquals(5, anki.exportNotes(html, true));
            assertEquals(5, anki.exportNotes(plain, false));
        }
        for (Path file : List.of(html, plain)) {
            Path dbFile = tmp.resolve(file.getFileName() + ".db");
            String db = org.chronoquiz.TestDatabases.at(dbFile);
            Shell.Run imported = Shell.run("import", "--deck", "From Anki", "--db", db, file.toString());
            assertEquals(0, imported.code(), imported.err() + "\n" + Files.readString(file));
            Shell.Run exported = Shell.run("export", "--format", "json", "--db", db);
            assertEquals(0, exported.code(), exported.err());
            Map<String, JsonNode> byPrompt = new HashMap<>();
            json.readTree(exported.out()).forEach(q -> byPrompt.put(q.get("prompt").asText(), q));
            String where = file.getFileName() + ":\n" + Files.readString(file) + "\n" + exported.out();
            assertEquals(Set.of("When did the Berlin Wall fall?", "Capital of Syria; \"the\" oldest?",
                    "Was 1944 < 1946 & 1980 > 1979?", "_____ is the capital of Syria.", "The USSR and Syria signed a treaty in _____."),
                    byPrompt.keySet(), where);
            JsonNode wall = byPrompt.get("When did the Berlin Wall fall?");
            assertEquals(List.of("typed", "9 November 1989", "History::Berlin", "[\"berlin\",\"history\"]"),
                    List.of(wall.get("type").asText(), wall.get("answer").asText(), wall.get("deck").asText(), wall.path("tags").toString()), where);
            assertEquals("#hash1", byPrompt.get("Capital of Syria; \"the\" oldest?").get("key").asText(), where);
            JsonNode capital = byPrompt.get("_____ is the capital of Syria.");
            assertEquals(List.of("cloze", "Damascus", "Since 1946."),
                    List.of(capital.get("type").asText(), capital.get("answer").asText(), capital.path("source").path("sentence").asText()), where);
            assertEquals("1980", byPrompt.get("The USSR and Syria signed a treaty in _____.").get("answer").asText(), where);
        }
    }

    /** Anki takes a note over an existing one only when it is newer, by its modification second. */
    private static void nextSecond() throws InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        while (System.currentTimeMillis() / 1000 == now) {
            Thread.sleep(20);
        }
    }

    /** What a learner reads on a rendered side: comments dropped, line breaks kept, the answer rule as "---", tags dropped, entities read. */
    private static String text(String html) {
        String t = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?is)<style>.*?</style>", "").replaceAll("(?i)\\s*<hr id=\"?answer\"?>\\s*", "\n---\n")
                .replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("<[^>]*>", "");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", " ").replace("&amp;", "&").trim();
    }

    /** Our key, the GUID's part before its deck's digest. */
    private static String key(AnkiCollection.Note n) {
        return n.guid().split("@")[0];
    }
}
