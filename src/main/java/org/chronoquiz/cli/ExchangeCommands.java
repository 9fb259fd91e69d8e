package org.chronoquiz.cli;

import org.chronoquiz.authoring.QuestionExchange;
import org.chronoquiz.formats.Formats;
import org.chronoquiz.formats.QuestionFormat;
import org.chronoquiz.storage.Database;
import org.chronoquiz.support.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code import} and {@code export}: question files for Anki, Moodle, spreadsheets and other Chronoquiz instances. */
final class ExchangeCommands {
    private ExchangeCommands() {
    }

    /** The format named, or the one whose extension the file has ({@code .txt} is Anki's plain text). */
    static Optional<QuestionFormat> format(Formats formats, String name, Path file) {
        if (name != null) {
            return formats.find(name);
        }
        String fileName = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return formats.all().stream().filter(f -> fileName.endsWith("." + f.extension())).findFirst();
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import questions from a file (format from --format or the file's extension). All or nothing; "
                    + "importing the same file again changes nothing.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--deck", description = "Deck for the questions the file names no deck for (created if new).")
        String deck;

        @Option(names = "--format", description = "gift, anki, moodle-xml, csv or json; default: from the extension.")
        String format;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            Formats formats = new Formats();
            if (!Files.isRegularFile(file)) {
                System.err.println("import: no such file: " + file);
                return 2;
            }
            var chosen = format(formats, format, file);
            if (chosen.isEmpty()) {
                System.err.println("import: say which format with --format (" + names(formats) + ")");
                return 2;
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(QuestionExchange.MAX_BYTES + 1);
                var done = new QuestionExchange(Database.open(db.db).jdbi(), Clock.systemUTC()).importFile(chosen.get(), bytes, deck);
                System.out.printf("imported %s: %d added, %d updated, %d unchanged, into %s%n", file, done.added(),
                        done.updated(), done.unchanged(), String.join(", ", done.decks()));
                return 0;
            } catch (InvalidInput e) {
                System.err.printf("import: %s: %s%n", file, e.getMessage());
                return 1;
            } catch (IOException e) {
                System.err.printf("import: cannot read %s: %s%n", file, e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export the active questions of one deck, or of all, in a format other tools read.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--format", required = true, description = "gift, anki, apkg, moodle-xml, csv or json.")
        String format;

        @Option(names = "--deck", description = "The deck's title; default: every deck.")
        String deck;

        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
        Path out;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            Formats formats = new Formats();
            var chosen = formats.find(format);
            if (chosen.isEmpty()) {
                System.err.println("export: unknown --format '" + format + "'; use one of " + names(formats));
                return 2;
            }
            try {
                byte[] bytes = new QuestionExchange(Database.open(db.db).jdbi(), Clock.systemUTC()).export(chosen.get(), deck);
                if (out == null) {
                    OutputStream stdout = System.out; // read at call time, so tests may swap System.out
                    stdout.write(bytes);
                    stdout.flush();
                } else {
                    Files.write(out, bytes);
                    System.err.printf("exported to %s%n", out);
                }
                return 0;
            } catch (InvalidInput e) {
                System.err.printf("export: %s%n", e.getMessage());
                return 1;
            } catch (IOException e) {
                System.err.printf("export: cannot write %s: %s%n", out, e.getMessage());
                return 2;
            }
        }
    }

    static String names(Formats formats) {
        return String.join(", ", formats.all().stream().map(QuestionFormat::name).toList());
    }
}
