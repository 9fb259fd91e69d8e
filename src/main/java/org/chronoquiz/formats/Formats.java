package org.chronoquiz.formats;

import java.util.List;
import java.util.Optional;

/** Every interchange format, by the name the commands and pages use. */
public final class Formats {
    private final List<QuestionFormat> all = List.of(new JsonFormat(), new CsvFormat(), new GiftFormat(), new AnkiFormat(),
            new MoodleXmlFormat(), new ApkgFormat());

    public List<QuestionFormat> all() {
        return all;
    }

    public Optional<QuestionFormat> find(String name) {
        return all.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
