package org.chronoquiz.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The package opened as Anki opens it: a ZIP, its collection read with SQLite, every reference checked. */
class ApkgFormatTest {
    @TempDir
    Path tmp;

    @Test
    void the_package_holds_a_schema_11_collection_whose_notes_cards_decks_and_models_fit_together() throws Exception {
        byte[] apkg = new ApkgFormat().write(GiftFormatTest.ours());
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(apkg))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertEquals(java.util.Set.of("collection.anki2", "media"), entries.keySet());
        assertEquals("{}", new String(entries.get("media"), StandardCharsets.UTF_8));
        Path db = tmp.resolve("collection.anki2");
        Files.write(db, entries.get("collection.anki2"));
        ObjectMapper json = new ObjectMapper();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            ResultSet col = c.createStatement().executeQuery("SELECT ver, models, decks, dconf FROM col");
            assertTrue(col.next());
            assertEquals(11, col.getInt("ver"));
            JsonNode models = json.readTree(col.getString("models"));
            JsonNode decks = json.readTree(col.getString("decks"));
            assertTrue(json.readTree(col.getString("dconf")).has("1"));
            assertEquals(0, models.get(Long.toString(ApkgFormat.BASIC)).get("type").asInt());
            assertEquals(1, models.get(Long.toString(ApkgFormat.CLOZE)).get("type").asInt());
            List<String> deckNames = new ArrayList<>();
            decks.forEach(d -> deckNames.add(d.get("name").asText()));
            assertTrue(deckNames.containsAll(List.of("Default", "Russia & Syria", "Дамаск")), deckNames.toString());

            ResultSet notes = c.createStatement().executeQuery("SELECT id, guid, mid, flds, sfld, csum, tags FROM notes ORDER BY id");
            List<String> guids = new ArrayList<>();
            while (notes.next()) {
                guids.add(notes.getString("guid"));
                String[] fields = notes.getString("flds").split("\u001f", -1);
                JsonNode model = models.get(Long.toString(notes.getLong("mid")));
                assertEquals(model.get("flds").size(), fields.length, "one value per field of its note type");
                assertEquals(ApkgFormat.checksum(notes.getString("sfld")), notes.getLong("csum"));
                if (notes.getLong("mid") == ApkgFormat.CLOZE) {
                    assertTrue(fields[0].contains("{{c1::January 7, 2020}}"), fields[0]);
                }
            }
            assertEquals(List.of("when-1", "typed-2", "cloze-3", "timeline-4"), guids.stream().map(g -> g.split("@")[0]).toList(),
                    "GUIDs are our keys, then their deck's digest");
            ResultSet cards = c.createStatement().executeQuery("""
                    SELECT c.did, c.type, c.queue, n.id AS note FROM cards c LEFT JOIN notes n ON n.id = c.nid""");
            int count = 0;
            while (cards.next()) {
                count++;
                assertTrue(cards.getLong("note") > 0, "every card has its note");
                assertTrue(decks.has(Long.toString(cards.getLong("did"))), "every card's deck exists");
                assertEquals(0, cards.getInt("type"), "new");
                assertEquals(0, cards.getInt("queue"));
            }
            assertEquals(4, count);
            assertFalse(c.createStatement().executeQuery("SELECT 1 FROM revlog").next(), "no review history is exported");
        }
        assertThrows(FormatError.class, () -> new ApkgFormat().read(apkg, "D"));
    }

    @Test
    void a_deck_named_with_ankis_double_colon_is_a_subdeck_whose_parents_are_in_the_package() throws Exception {
        var q = new PortableQuestion("n-1", "News::2026::November", "typed", "When did the wall fall?", "1989", "1989",
                List.of(), null, List.of());
        byte[] apkg = new ApkgFormat().write(List.of(q));
        Path db = tmp.resolve("sub.anki2");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(apkg))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("collection.anki2")) {
                    Files.write(db, zip.readAllBytes());
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            JsonNode decks = new ObjectMapper().readTree(c.createStatement().executeQuery("SELECT decks FROM col").getString(1));
            Map<String, Long> byName = new HashMap<>();
            decks.forEach(d -> byName.put(d.get("name").asText(), d.get("id").asLong()));
            assertEquals(java.util.Set.of("Default", "News", "News::2026", "News::2026::November"), byName.keySet());
            long did = c.createStatement().executeQuery("SELECT did FROM cards").getLong(1);
            assertEquals(byName.get("News::2026::November"), did, "the card is in the innermost deck");
        }
    }
}
