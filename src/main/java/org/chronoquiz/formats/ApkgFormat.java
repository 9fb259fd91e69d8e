package org.chronoquiz.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Anki package a learner opens in Anki: a ZIP of {@code collection.anki2} (the legacy schema 11 SQLite
 * collection every Anki version imports) and an empty {@code media} map. Notes are as {@link AnkiFormat} writes
 * them (Basic, or Cloze for a cloze), one deck per Chronoquiz deck ("A::B" nests B under A, as Anki names subdecks in
 * schema 11's deck JSON and in its text files), GUID our key and a digest of its deck ({@link AnkiGuid}); cards start new. Written only:
 * a learner's Anki schedule is theirs, not something to read back. AnkiBackendTest imports it with Anki 2.1.66's own
 * importer and reviews what Anki then shows.
 */
final class ApkgFormat implements QuestionFormat {
    static final long BASIC = 1_700_000_000_001L;
    static final long CLOZE = 1_700_000_000_002L;
    private static final long DECK_BASE = 1_700_000_100_000L;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "apkg";
    }

    @Override
    public String extension() {
        return "apkg";
    }

    @Override
    public boolean readable() {
        return false;
    }

    @Override
    public List<PortableQuestion> read(byte[] file, String defaultDeck) {
        throw new FormatError(0, "an .apkg is written for Anki, not read back; import Anki's plain-text export instead");
    }

    @Override
    public byte[] write(List<PortableQuestion> questions) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("chronoquiz-apkg");
            Path db = dir.resolve("collection.anki2");
            Map<String, Long> decks = new LinkedHashMap<>();
            for (PortableQuestion q : questions) {
                String name = deckName(q);
                // "A::B" is Anki's subdeck B of A, as in its own text export; a parent a package leaves out Anki makes
                // with a default configuration, so each is written here with ours
                for (int at = name.indexOf("::"); at >= 0; at = name.indexOf("::", at + 2)) {
                    decks.computeIfAbsent(name.substring(0, at), d -> DECK_BASE + decks.size());
                }
                decks.computeIfAbsent(name, d -> DECK_BASE + decks.size());
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                c.setAutoCommit(false);
                schema(c);
                collection(c, decks);
                notes(c, questions, decks);
                c.commit();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                zip.write(Files.readAllBytes(db));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("building the Anki collection failed", e);
        } finally {
            delete(dir);
        }
    }

    /** Anki's schema 11, table by table and column by column. */
    private static void schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
                      scm integer not null, ver integer not null, dty integer not null, usn integer not null,
                      ls integer not null, conf text not null, models text not null, decks text not null,
                      dconf text not null, tags text not null)""");
            s.execute("""
                    CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
                      mod integer not null, usn integer not null, tags text not null, flds text not null,
                      sfld integer not null, csum integer not null, flags integer not null, data text not null)""");
            s.execute("""
                    CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
                      ord integer not null, mod integer not null, usn integer not null, type integer not null,
                      queue integer not null, due integer not null, ivl integer not null, factor integer not null,
                      reps integer not null, lapses integer not null, left integer not null, odue integer not null,
                      odid integer not null, flags integer not null, data text not null)""");
            s.execute("""
                    CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
                      ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
                      time integer not null, type integer not null)""");
            s.execute("CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null)");
            s.execute("CREATE INDEX ix_notes_usn ON notes (usn)");
            s.execute("CREATE INDEX ix_cards_usn ON cards (usn)");
            s.execute("CREATE INDEX ix_revlog_usn ON revlog (usn)");
            s.execute("CREATE INDEX ix_cards_nid ON cards (nid)");
            s.execute("CREATE INDEX ix_cards_sched ON cards (did, queue, due)");
            s.execute("CREATE INDEX ix_revlog_cid ON revlog (cid)");
            s.execute("CREATE INDEX ix_notes_csum ON notes (csum)");
        }
    }

    private void collection(Connection c, Map<String, Long> decks) throws SQLException {
        long now = System.currentTimeMillis() / 1000;
        ObjectNode models = json.createObjectNode();
        models.set(Long.toString(BASIC), model(BASIC, "Chronoquiz Basic", 0, List.of("Front", "Back"),
                "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}", decks.values().iterator().next(), now));
        models.set(Long.toString(CLOZE), model(CLOZE, "Chronoquiz Cloze", 1, List.of("Text", "Back Extra"),
                "{{cloze:Text}}", "{{cloze:Text}}<br>{{Back Extra}}", decks.values().iterator().next(), now));
        ObjectNode deckJson = json.createObjectNode();
        deckJson.set("1", deck(1, "Default", now));
        decks.forEach((name, id) -> deckJson.set(Long.toString(id), deck(id, name, now)));
        ObjectNode conf = json.createObjectNode();
        conf.put("nextPos", 1).put("activeDecks", json.createArrayNode().add(1).toString()).put("curDeck", 1);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
            p.setLong(1, now);
            p.setLong(2, now * 1000);
            p.setLong(3, now * 1000);
            p.setString(4, conf.toString());
            p.setString(5, models.toString());
            p.setString(6, deckJson.toString());
            p.setString(7, dconf(now));
            p.executeUpdate();
        }
    }

    private ObjectNode model(long id, String name, int type, List<String> fields, String qfmt, String afmt, long did, long now) {
        ObjectNode m = json.createObjectNode();
        m.put("id", id).put("name", name).put("type", type).put("mod", now).put("usn", 0).put("sortf", 0).put("did", did);
        ObjectNode t = json.createObjectNode();
        t.put("name", type == 1 ? "Cloze" : "Card 1").put("ord", 0).put("qfmt", qfmt).put("afmt", afmt)
                .putNull("did").put("bqfmt", "").put("bafmt", "");
        m.putArray("tmpls").add(t);
        ArrayNode flds = m.putArray("flds");
        for (int i = 0; i < fields.size(); i++) {
            flds.addObject().put("name", fields.get(i)).put("ord", i).put("sticky", false).put("rtl", false)
                    .put("font", "Arial").put("size", 20).putArray("media");
        }
        m.put("css", ".card { font-family: arial; font-size: 20px; text-align: center; } .cloze { font-weight: bold; color: blue; }");
        m.put("latexPre", "\\documentclass[12pt]{article}\n\\begin{document}\n").put("latexPost", "\\end{document}");
        m.putArray("tags");
        m.putArray("vers");
        if (type == 0) {
            m.putArray("req").addArray().add(0).add("all").addArray().add(0);
        }
        return m;
    }

    private ObjectNode deck(long id, String name, long now) {
        ObjectNode d = json.createObjectNode();
        d.put("id", id).put("name", name).put("mod", now).put("usn", 0).put("collapsed", false)
                .put("desc", "").put("dyn", 0).put("conf", 1).put("extendNew", 10).put("extendRev", 50);
        for (String day : List.of("newToday", "revToday", "lrnToday", "timeToday")) {
            d.putArray(day).add(0).add(0);
        }
        return d;
    }

    private String dconf(long now) {
        ObjectNode d = json.createObjectNode();
        ObjectNode one = d.putObject("1");
        one.put("id", 1).put("name", "Default").put("mod", now).put("usn", 0).put("maxTaken", 60).put("autoplay", true)
                .put("timer", 0).put("replayq", true).put("dyn", false);
        ObjectNode lapse = one.putObject("lapse");
        lapse.putArray("delays").add(10);
        lapse.put("mult", 0).put("minInt", 1).put("leechFails", 8).put("leechAction", 0);
        ObjectNode newCards = one.putObject("new");
        newCards.putArray("delays").add(1).add(10);
        newCards.putArray("ints").add(1).add(4).add(7);
        newCards.put("initialFactor", 2500).put("order", 1).put("perDay", 20).put("bury", true).put("separate", true);
        ObjectNode rev = one.putObject("rev");
        rev.put("perDay", 200).put("ease4", 1.3).put("fuzz", 0.05).put("maxIvl", 36500).put("minSpace", 1)
                .put("bury", true).put("ivlFct", 1);
        return d.toString();
    }

    private void notes(Connection c, List<PortableQuestion> questions, Map<String, Long> decks) throws SQLException {
        long base = System.currentTimeMillis();
        try (PreparedStatement note = c.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
             PreparedStatement card = c.prepareStatement(
                     "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            for (int i = 0; i < questions.size(); i++) {
                PortableQuestion q = questions.get(i);
                List<String> fields = AnkiFormat.fields(q);
                long id = base + i;
                String sort = Html.text(fields.get(0));
                note.setLong(1, id);
                String guid = AnkiGuid.of(q);
                note.setString(2, guid == null ? "cq-" + id : guid);
                note.setLong(3, q.type().equals("cloze") ? CLOZE : BASIC);
                note.setLong(4, base / 1000);
                note.setString(5, q.tags() == null || q.tags().isEmpty() ? "" : " " + String.join(" ", q.tags()) + " ");
                note.setString(6, String.join("\u001f", fields));
                note.setString(7, sort);
                note.setLong(8, checksum(sort));
                note.executeUpdate();
                card.setLong(1, id);
                card.setLong(2, id);
                card.setLong(3, decks.get(deckName(q)));
                card.setLong(4, base / 1000);
                card.setLong(5, i + 1); // a new card's due is its position in the new queue
                card.executeUpdate();
            }
        }
    }

    private static String deckName(PortableQuestion q) {
        return q.deck() == null ? "Chronoquiz" : q.deck();
    }

    /** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the note's first field, as a number. */
    static long checksum(String firstField) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(firstField.getBytes(StandardCharsets.UTF_8));
            return Long.parseLong(java.util.HexFormat.of().formatHex(d, 0, 4), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary folder left behind is the operating system's to clean; the package was already built
        }
    }
}
