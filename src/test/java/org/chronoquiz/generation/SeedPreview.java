package org.chronoquiz.generation;

import org.chronoquiz.timex.TimexExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints the seed's questions for review (mvn test -Dtest=SeedPreview -Dpreview=true); not an assertion. */
class SeedPreview {
    @Test
    @EnabledIfSystemProperty(named = "preview", matches = "true")
    void print() {
        var article = SeedArticle.article();
        boolean real = Boolean.getBoolean("preview.real");
        var generator = new QuestionGenerator(new TimexExtractor());
        var drafts = real ? generator.generate(article) : generator.generate(article, SeedArticle.timexes(article.text()));
        for (var d : drafts) {
            System.out.println(d.key() + " | " + d.prompt() + "\n    A: " + d.answer() + " [" + d.answerValue() + "] " + d.choices());
        }
    }
}
