package org.chronoquiz.generation;

import org.chronoquiz.timex.Te3Corpus;
import org.chronoquiz.timex.TimexExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Questions on the TempEval-3 training articles against their gold annotation: each corpus on its own, so
 * a rule tuned on one is seen to hold on the other. Floors are the targets where they are met and
 * the current figure where not, so a regression fails the build.
 */
class GenerationScoreTest {
    private static final Path DATA = Path.of("../shared/data/timebank-train");
    /** Both corpora together, as gencheck.py counts them ({@code GencheckIT} holds the script to these). */
    static final double KEY_FLOOR = 0.92;
    static final double COVERAGE_FLOOR = 0.85;

    private final QuestionGenerator generator = new QuestionGenerator(new TimexExtractor());

    @Test
    void keys_coverage_and_choices_hold_on_both_corpora() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "TimeBank training data not present at " + DATA.toAbsolutePath());
        // corpus, key accuracy floor, coverage floor: just under today's figures (TimeBank 0.935 and 0.866,
        // AQUAINT 0.899 and 0.827), which miss the 0.95 key accuracy and, for AQUAINT, its 0.85
        // coverage (see the README for where the rest of the errors come from). Key accuracy is a share of
        // questions: it fell (TimeBank 0.938 to 0.934, AQUAINT 0.909 to 0.899) when sayings got only their blank
        // and each fact one question instead of three, with the same facts wrongly keyed as before
        // The last figure bounds sibling leaks, prompts that write another question's date as the article does:
        // 268 and 88 before a prompt left out its sentence's other dates, 138 and 27 after (the rest complete the
        // phrase before them, "lower than a year ago", "the quarter ended Sept. 30", "of record Nov. 16", or are one
        // end of "X and Y", a quotation's saying; leaving those out had cost more English than the leak)
        for (List<String> row : List.of(List.of("TimeBank", "0.93", "0.86", "145"), List.of("AQUAINT", "0.895", "0.825", "40"))) {
            String corpus = row.get(0);
            GenerationScore score = GenerationScore.of(generator, Te3Corpus.load(DATA.resolve(corpus)));
            Path report = Path.of("target", "generation-" + corpus + ".txt");
            Files.createDirectories(report.getParent());
            Files.write(report, score.faults());
            System.out.println("generation on " + corpus + ": " + score + " (faults in " + report + ")");
            assertTrue(score.keyAccuracy() >= Double.parseDouble(row.get(1)), corpus + ": " + score);
            assertTrue(score.coverage() >= Double.parseDouble(row.get(2)), corpus + ": " + score);
            assertEquals(0, score.choiceFaults(), corpus + ": " + score);
            assertTrue(score.siblingLeaks() <= Integer.parseInt(row.get(3)), corpus + ": " + score);
        }
    }
}
