package org.chronoquiz.generation;

import org.chronoquiz.articles.Article;
import org.chronoquiz.timex.TimexExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator on 256 real news articles (TempEval-3 training text, read in place from the shared data
 * folder when it is there, never copied): no exception, and the per-question rules hold on text we did not
 * write ourselves.
 */
class NewsRobustnessTest {
    private static final Path DATA = Path.of("../shared/data/timebank-train");
    private static final Pattern DCT = Pattern.compile("<DCT><TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*)</TEXT>");

    static boolean dataPresent() {
        return Files.isDirectory(DATA);
    }

    @Test
    @EnabledIf("dataPresent")
    void rules_hold_on_real_news() throws IOException {
        QuestionGenerator generator = new QuestionGenerator(new TimexExtractor());
        int questions = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DATA)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        for (Path file : files) {
            String tml = Files.readString(file);
            Matcher dct = DCT.matcher(tml);
            Matcher body = TEXT.matcher(tml);
            if (!dct.find() || !body.find()) {
                continue;
            }
            String text = body.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\"");
            Article article = new Article(file.getFileName().toString(), "", "", LocalDate.parse(dct.group(1)),
                    false, text);
            for (QuestionDraft d : generator.generate(article)) {
                questions++;
                if (Boolean.getBoolean("preview")) {
                    System.out.println(d.type() + " | " + d.prompt() + " => " + d.answer().replace("\n", " / "));
                }
                String where = file.getFileName() + " " + d;
                if (d.answerValue() != null && !d.type().equals("timeline")) {
                    assertFalse(d.prompt().contains(d.answer()), where);
                }
                // \u201c: a speaker's words, which may end inside their closing quotation mark
                assertTrue(d.prompt().matches("(?s)([A-Z0-9\"\u201c]|_____).*[.?][\"\u201d]?"), where);
                assertFalse(d.prompt().matches("^(They|It|He|She|This|These|Their|Its)\\b.*"), where);
                // a cut that lost the object of its last word: "... earn 35 cents a share for?"
                assertFalse(d.prompt().matches("(?is).*\\b(for|with|than|to|from|by|the|a|an|and|or|its|their|his|her)\\?( Give .*)?"),
                        where);
                assertFalse(d.prompt().matches("(?is).*\\b(\\p{L}+) \\1\\b.*") && !d.prompt().contains("that that"), where);
                if (d.type().equals("when") || d.type().equals("what_happened")) {
                    assertEquals(4, new HashSet<>(d.choices()).size(), where);
                }
            }
        }
        assertTrue(questions > 100, "questions: " + questions);
    }
}
