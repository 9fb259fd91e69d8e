package org.chronoquiz.cli;

import org.chronoquiz.articles.Article;
import org.chronoquiz.articles.ArticleFiles;
import org.chronoquiz.generation.QuestionDraft;
import org.chronoquiz.generation.QuestionGenerator;
import org.chronoquiz.timex.TimexExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** Prints the question drafts of one article as the JSON the question bank ({@code questions/*.json}) holds. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate quiz questions from one article (a .txt file, metadata in its .json sidecar) "
                + "and print them as a JSON array.")
public final class GenerateCommand implements Callable<Integer> {
    static final int USAGE_ERROR = 2;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD",
            description = "Document creation date; default: 'published' from the article's sidecar.")
    String dct;

    @Parameters(index = "0", paramLabel = "FILE", description = "The article text file.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            return fail("no such file: " + file);
        }
        LocalDate date = null;
        if (dct != null) {
            try {
                date = LocalDate.parse(dct);
            } catch (DateTimeParseException e) {
                return fail("--dct must be a date YYYY-MM-DD, got '" + dct + "'");
            }
        }
        Article read;
        try {
            read = new ArticleFiles().read(file);
        } catch (UncheckedIOException | DateTimeParseException e) {
            return fail("cannot read " + file + ": " + e.getMessage());
        }
        if (date == null) {
            date = read.published();
        }
        if (date == null) {
            return fail("no document creation date for " + file
                    + ": give --dct YYYY-MM-DD or a \"published\" date in its .json sidecar");
        }
        Article article = new Article(read.id(), read.title(), read.outlet(), date, read.stateOwned(), read.text());
        List<QuestionDraft> drafts = new QuestionGenerator(new TimexExtractor()).generate(article);
        byte[] json = new QuestionJson().write(drafts).getBytes(StandardCharsets.UTF_8);
        System.out.write(json, 0, json.length); // read at call time, so tests may swap System.out
        System.out.flush();
        return 0;
    }

    private int fail(String message) {
        System.err.println("generate: " + message);
        return USAGE_ERROR;
    }
}
