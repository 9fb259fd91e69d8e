package org.chronoquiz.formats.anki;

import com.google.protobuf.UnknownFieldSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Anki collection opened by the real backend, and the few things a test asks of it. The numbers are Anki
 * 2.1.66's: its generated dispatch gives each service an odd index, each method its place in the service. Each one
 * used here was confirmed against the library itself: by sending a bare field-1 varint and reading which request
 * message it failed to decode, or, where that decoded, by what it answered.
 */
public final class AnkiCollection implements AutoCloseable {
    private static final int COLLECTION = 1;   // OpenCollection 0, CloseCollection 1
    private static final int CARDS = 3;        // GetCard 0
    private static final int DECKS = 5;        // NewDeck 0, AddDeck 1, GetDeck 8
    private static final int NOTETYPES = 15;   // GetNotetypeNames 8, GetNotetypeIdByName 10
    private static final int NOTES = 17;       // NewNote 0, AddNote 1, GetNote 5, CardsOfNote 11
    private static final int RENDERING = 19;   // RenderExistingCard 4
    private static final int SEARCH = 23;      // SearchCards 1, SearchNotes 2
    private static final int IMPORT_EXPORT = 31; // ImportAnkiPackage 2, GetCsvMetadata 4, ImportCsv 5, ExportNoteCsv 6

    private final AnkiBackend anki;

    public record Note(long id, String guid, String notetype, List<String> fields, List<String> tags, List<Long> cards) {
    }

    public record Card(long id, long noteId, String deck, int template) {
    }

    /** A card's two sides as Anki renders them for review, HTML. */
    public record Sides(String question, String answer) {
    }

    private AnkiCollection(AnkiBackend anki) {
        this.anki = anki;
    }

    /** Creates (or opens) {@code collection.anki2} and its media folder in {@code dir}. */
    public static AnkiCollection open(AnkiBackend anki, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("collection.media")); // Anki makes the files, not their folders
        anki.call(COLLECTION, 0, Proto.message().text(1, dir.resolve("collection.anki2").toString())
                .text(2, dir.resolve("collection.media").toString()).text(3, dir.resolve("collection.media.db2").toString()).bytes());
        return new AnkiCollection(anki);
    }

    /**
     * Anki's .apkg importer ("Import" in the desktop app): the import log's queues by name (new, updated,
     * duplicate, conflicting, first field match, missing notetype, missing deck, empty first field), each note's
     * first field, and the number of notes found in the package.
     */
    public ImportLog importPackage(Path apkg) {
        return log(anki.call(IMPORT_EXPORT, 2, Proto.message().text(1, apkg.toString()).bytes()));
    }

    /**
     * Anki's text importer ("Import" of a .txt), with the settings it reads from the file's headers and otherwise
     * guesses (GetCsvMetadata), as its import dialog would start.
     */
    public ImportLog importText(Path file) {
        byte[] metadata = anki.call(IMPORT_EXPORT, 4, Proto.message().text(1, file.toString()).bytes());
        return log(anki.call(IMPORT_EXPORT, 5, Proto.message().text(1, file.toString())
                .message(2, Proto.of(Proto.parse(metadata))).bytes()));
    }

    private static ImportLog log(byte[] importResponse) {
        UnknownFieldSet log = Proto.message(Proto.parse(importResponse), 2); // ImportResponse.Log: queues 1-8, found 10
        Map<String, List<String>> queues = new LinkedHashMap<>();
        List<String> names = List.of("new", "updated", "duplicate", "conflicting", "first field match", "missing notetype",
                "missing deck", "empty first field");
        for (int i = 0; i < names.size(); i++) {
            List<String> firstFields = Proto.messages(log, i + 1).stream().map(n -> Proto.texts(n, 2))
                    .map(fields -> fields.isEmpty() ? "" : fields.get(0)).toList();
            if (!firstFields.isEmpty()) {
                queues.put(names.get(i), firstFields);
            }
        }
        return new ImportLog(queues, (int) Proto.number(log, 10));
    }

    public record ImportLog(Map<String, List<String>> queues, int foundNotes) {
        public Map<String, Integer> counts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            queues.forEach((queue, notes) -> counts.put(queue, notes.size()));
            return counts;
        }
    }

    /** Every note, in id order. */
    public List<Note> notes() {
        List<Long> ids = Proto.numbers(Proto.parse(anki.call(SEARCH, 2, Proto.message().text(1, "").bytes())), 1);
        Map<Long, String> notetypes = new LinkedHashMap<>();
        for (UnknownFieldSet entry : Proto.messages(Proto.parse(anki.call(NOTETYPES, 8, new byte[0])), 1)) {
            notetypes.put(Proto.number(entry, 1), Proto.text(entry, 2));
        }
        return ids.stream().sorted().map(id -> {
            UnknownFieldSet n = Proto.parse(anki.call(NOTES, 5, Proto.message().number(1, id).bytes()));
            List<Long> cards = Proto.numbers(Proto.parse(anki.call(NOTES, 11, Proto.message().number(1, id).bytes())), 1);
            return new Note(id, Proto.text(n, 2), notetypes.get(Proto.number(n, 3)), Proto.texts(n, 7), Proto.texts(n, 6), cards);
        }).toList();
    }

    public List<Long> cardIds() {
        return Proto.numbers(Proto.parse(anki.call(SEARCH, 1, Proto.message().text(1, "").bytes())), 1);
    }

    public Card card(long id) {
        UnknownFieldSet c = Proto.parse(anki.call(CARDS, 0, Proto.message().number(1, id).bytes()));
        UnknownFieldSet deck = Proto.parse(anki.call(DECKS, 8, Proto.message().number(1, Proto.number(c, 3)).bytes()));
        return new Card(id, Proto.number(c, 2), Proto.text(deck, 2), (int) Proto.number(c, 4));
    }

    public Sides render(long cardId) {
        UnknownFieldSet r = Proto.parse(anki.call(RENDERING, 4, Proto.message().number(1, cardId).bytes()));
        return new Sides(side(Proto.messages(r, 1)), side(Proto.messages(r, 2)));
    }

    /** A rendered side: its text nodes, and each field replacement's text as the frontend would insert it. */
    private static String side(List<UnknownFieldSet> nodes) {
        StringBuilder out = new StringBuilder();
        for (UnknownFieldSet node : nodes) {
            out.append(node.hasField(1) ? Proto.text(node, 1) : Proto.text(Proto.message(node, 2), 2));
        }
        return out.toString();
    }

    /** Every deck's name as Anki shows it ("Parent::Child"), parents included. */
    public List<String> deckNames() {
        UnknownFieldSet names = Proto.parse(anki.call(DECKS, 13, Proto.message().flag(1, false).flag(2, true).bytes()));
        return Proto.messages(names, 1).stream().map(n -> Proto.text(n, 2)).sorted().toList();
    }

    public long addDeck(String name) {
        UnknownFieldSet deck = Proto.parse(anki.call(DECKS, 0, new byte[0]));
        UnknownFieldSet added = Proto.parse(anki.call(DECKS, 1, Proto.of(deck).clear(2).text(2, name).bytes()));
        return Proto.number(added, 2); // OpChangesWithId: changes 1, id 2
    }

    /** A note of the named note type (Anki's stock "Basic" or "Cloze") in the deck; a null guid is Anki's own. */
    public long addNote(String notetype, long deck, String guid, List<String> fields, List<String> tags) {
        long notetypeId = Proto.number(Proto.parse(anki.call(NOTETYPES, 10, Proto.message().text(1, notetype).bytes())), 1);
        Proto note = Proto.of(Proto.parse(anki.call(NOTES, 0, Proto.message().number(1, notetypeId).bytes()))).clear(7).clear(6);
        fields.forEach(f -> note.text(7, f));
        tags.forEach(t -> note.text(6, t));
        if (guid != null) {
            note.clear(2).text(2, guid);
        }
        UnknownFieldSet added = Proto.parse(anki.call(NOTES, 1, Proto.message().message(1, note).number(2, deck).bytes()));
        return Proto.number(added, 2);
    }

    /**
     * Anki's "Notes in Plain Text" export of the whole collection, with every column its dialog offers: HTML,
     * tags, deck, note type and GUID. Returns the number of notes written.
     */
    public int exportNotes(Path out, boolean html) {
        Proto request = Proto.message().text(1, out.toString()).flag(2, html).flag(3, true).flag(4, true).flag(5, true)
                .flag(6, true).message(7, Proto.message().message(1, Proto.message()));
        return (int) Proto.number(Proto.parse(anki.call(IMPORT_EXPORT, 6, request.bytes())), 1);
    }

    @Override
    public void close() {
        anki.call(COLLECTION, 1, new byte[0]);
    }
}
