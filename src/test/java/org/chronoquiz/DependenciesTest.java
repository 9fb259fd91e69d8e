package org.chronoquiz;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directions the design notes promise, read from the sources' imports: web and mail are leaves that know no
 * feature; the engines know neither HTTP nor SQL; controllers reach data through services.
 */
class DependenciesTest {
    private static final Path MAIN = Path.of("src/main/java/org/chronoquiz");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void web_imports_no_feature_package() throws IOException {
        List<String> wrong = imports("web", i -> i.startsWith("org.chronoquiz.")
                && !i.startsWith("org.chronoquiz.web.") && !i.startsWith("org.chronoquiz.support."));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void mail_imports_no_feature_package() throws IOException {
        List<String> wrong = imports("mail", i -> i.startsWith("org.chronoquiz.")
                && !i.startsWith("org.chronoquiz.mail.") && !i.startsWith("org.chronoquiz.support."));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void the_engines_import_neither_http_nor_sql() throws IOException {
        for (String engine : List.of("timex", "generation", "scheduling", "dates", "numbers")) {
            List<String> wrong = imports(engine, i -> i.startsWith("io.javalin") || i.startsWith("org.jdbi")
                    || i.startsWith("java.sql") || i.startsWith("org.chronoquiz.web") || i.startsWith("org.chronoquiz.storage"));
            assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        }
    }

    @Test
    void controllers_take_services_and_never_the_database() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("Controller.java")).toList()) {
                String source = Files.readString(f);
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    if (m.group(1).startsWith("org.jdbi")) {
                        wrong.add(f + ": " + m.group(1));
                    }
                }
                if (source.contains("Dao.class")) { // a DAO of the controller's own package needs no import
                    wrong.add(f + ": attaches a DAO");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static List<String> imports(String pkg, java.util.function.Predicate<String> forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (forbidden.test(m.group(1))) {
                        found.add(f + ": " + m.group(1));
                    }
                }
            }
        }
        return found;
    }
}
