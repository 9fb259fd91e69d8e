package org.chronoquiz.generation;

import org.chronoquiz.timex.Te3Corpus;
import org.chronoquiz.timex.TimexExtractor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared checker, {@code ../shared/tools/gencheck.py}, run as the issue says on the packaged jar and the
 * training articles, with the floors; and the in-process {@link GenerationScore} the build uses to score
 * each corpus in seconds must count exactly what the checker counts.
 */
class GencheckIT {
    private static final Path DATA = Path.of("../shared/data/timebank-train");
    private static final Path CHECKER = Path.of("../shared/tools/gencheck.py");
    private static final Path JAR = Path.of("target/chronoquiz.jar");
    private static final Pattern SUMMARY = Pattern.compile(
            "key accuracy [\\d.]+ \\((\\d+)/(\\d+)\\); coverage [\\d.]+ \\((\\d+)/(\\d+)\\); choice faults (\\d+)/(\\d+)");

    @Test
    void gencheck_passes_its_floors_and_agrees_with_the_build_s_own_count() throws Exception {
        assumeTrue(Files.isDirectory(DATA) && Files.isRegularFile(CHECKER), "../shared not present");
        List<String> cmd = new ArrayList<>(List.of("python3", CHECKER.toString(), JAR.toString(), DATA.toString(),
                "--min-key", String.valueOf(GenerationScoreTest.KEY_FLOOR),
                "--min-cover", String.valueOf(GenerationScoreTest.COVERAGE_FLOOR)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "gencheck finished");
        Path report = Path.of("target", "gencheck.txt");
        Files.writeString(report, out);
        String summary = out.lines().filter(l -> l.startsWith("generation against")).findFirst().orElse(out);
        System.out.println(summary);
        assertEquals(0, p.exitValue(), "gencheck below its floors (details in " + report + "): " + summary);

        Matcher m = SUMMARY.matcher(summary);
        assertTrue(m.find(), summary);
        GenerationScore ours = GenerationScore.of(new QuestionGenerator(new TimexExtractor()), Te3Corpus.load(DATA));
        assertEquals(ours.rightKeys(), Integer.parseInt(m.group(1)), "right keys");
        assertEquals(ours.dateQuestions(), Integer.parseInt(m.group(2)), "date questions");
        assertEquals(ours.covered(), Integer.parseInt(m.group(3)), "covered dates");
        assertEquals(ours.askable(), Integer.parseInt(m.group(4)), "askable dates");
        assertEquals(0, Integer.parseInt(m.group(5)), "choice faults");
    }
}
