package org.chronoquiz.cli;

import org.chronoquiz.articles.ArticleFiles;
import org.chronoquiz.generation.QuestionGenerator;
import org.chronoquiz.timex.TimexExtractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reviewed question bank is exactly what the generator produces now: a change to the generator or the
 * extractor that changes questions must come with a regenerated, re-reviewed bank
 * ({@code java -jar target/chronoquiz.jar generate seeds/X.txt > questions/X.json}).
 */
class QuestionBankTest {
    @Test
    void the_checked_in_seed_bank_matches_the_generator() throws Exception {
        String id = "000_2ee458c0465a5763";
        var article = new ArticleFiles().read(Path.of("seeds", id + ".txt"));
        String generated = new QuestionJson().write(new QuestionGenerator(new TimexExtractor()).generate(article));
        assertEquals(generated, Files.readString(Path.of("questions", id + ".json")));
    }
}
