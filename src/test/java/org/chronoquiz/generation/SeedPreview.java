package org.chronoquiz.generation;

import org.chronoquiz.timex.TimexExtractor;
import org.junit.jupiter.api.Test;

/** Prints the seed's questions for review; not an assertion. */
class SeedPreview {
    @Test
    void print() {
        var article = SeedArticle.article();
        var drafts = new QuestionGenerator(new TimexExtractor()).generate(article, SeedArticle.timexes(article.text()));
        for (var d : drafts) {
            System.out.println(d.key() + " | " + d.prompt() + "\n    A: " + d.answer() + " [" + d.answerValue() + "] " + d.choices());
        }
    }
}
