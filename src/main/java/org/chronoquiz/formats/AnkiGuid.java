package org.chronoquiz.formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The GUID Anki matches notes by, in both Anki formats: our key, which is unique only within its deck ("when-318-331"
 * is a place in one article), followed by a digest of the deck's name. An export of several decks so never gives two
 * notes one GUID (Anki would let the second overwrite the first), and the same question exported again keeps its
 * GUID, so a re-import into Anki updates its note. Renaming a deck changes its questions' GUIDs.
 */
final class AnkiGuid {
    private AnkiGuid() {
    }

    /** Null when the question has no key (the caller makes one up); the bare key when it has no deck. */
    static String of(PortableQuestion q) {
        if (q.key() == null) {
            return null;
        }
        if (q.deck() == null) {
            return q.key();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(q.deck().getBytes(StandardCharsets.UTF_8));
            return q.key() + "@" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
