package org.chronoquiz.formats;

import java.util.List;

/** One interchange format: its name as the commands spell it, and how it writes and reads questions. */
public interface QuestionFormat {
    /** As given to {@code export --format}: gift, anki, apkg, moodle-xml, csv, json. */
    String name();

    /** The usual file extension, without the dot. */
    String extension();

    byte[] write(List<PortableQuestion> questions);

    /** Whether {@link #read} is supported (an .apkg is written for Anki, not read back). */
    boolean readable();

    /**
     * Every question in the file, or a {@link FormatError} naming the first bad line: all or nothing.
     * {@code defaultDeck} is used where the file names none.
     */
    List<PortableQuestion> read(byte[] file, String defaultDeck);
}
