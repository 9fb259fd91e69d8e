package org.chronoquiz.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads articles from a folder: each {@code NAME.txt} holds the text verbatim and an optional
 * {@code NAME.json} sidecar holds its metadata (title, outlet, published, state_owned).
 * Offsets in questions refer to the text exactly as stored, so the text is never altered.
 */
public final class ArticleFiles {
    private final ObjectMapper json = new ObjectMapper();

    /** Every article in {@code dir}, ordered by file name; an absent folder holds none. */
    public List<Article> readAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Article> articles = new ArrayList<>();
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(read(txt));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One article; metadata missing from the sidecar falls back to the file name and today's date is never guessed. */
    public Article read(Path txt) {
        try {
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            Path sidecar = txt.resolveSibling(base + ".json");
            JsonNode meta = Files.exists(sidecar) ? json.readTree(sidecar.toFile()) : json.createObjectNode();
            String published = meta.path("published").asText("");
            return new Article(
                    meta.path("id").asText(base),
                    meta.path("title").asText(base),
                    meta.path("outlet").asText(""),
                    published.isEmpty() ? null : LocalDate.parse(published),
                    meta.path("state_owned").asBoolean(false),
                    text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + txt + ": " + e.getMessage(), e);
        }
    }
}
