package org.chronoquiz.timex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quality bar on the TempEval-3 training data (../shared beside the project, present in CI).
 * Scored by a Java port of the TE3 rules and, when python3 is available, by the official {@code te3.py}
 * too; the two must agree. Strict F1 and value F1 must both reach the 0.85 (measured: 0.900 and
 * 0.8575). The data is only read where it lies, never copied into the project.
 */
class TrainingDataScoreTest {

    private static final Path DATA = Path.of("../shared/data/timebank-train");
    private static final Path SCORER = Path.of("../shared/tools/te3.py");
    private static final double TARGET = 0.85;

    @TempDir
    Path tmp;

    @Test
    void extractor_reaches_the_target_on_timebank_and_both_scorers_agree() throws Exception {
        assumeTrue(Files.isDirectory(DATA), "TimeBank training data not present at " + DATA.toAbsolutePath());
        List<Te3Corpus.Doc> docs = Te3Corpus.load(DATA);
        TimexExtractor extractor = new TimexExtractor();
        List<List<Timex>> results = new ArrayList<>();
        for (Te3Corpus.Doc d : docs) {
            results.add(extractor.extract(d.text(), d.dct()));
        }
        Te3Score score = Te3Score.of(docs, results);
        System.out.println("TimeBank train: " + score);

        if (Files.isRegularFile(SCORER) && python3Available()) {
            JsonNode official = scoreWithTe3Py(docs, results);
            assertEquals(official.get("strict").get("F1").asDouble(), score.strictF1(), 1e-9, "strict F1");
            assertEquals(official.get("relaxed").get("F1").asDouble(), score.relaxedF1(), 1e-9, "relaxed F1");
            assertEquals(official.get("value_F1").asDouble(), score.valueF1(), 1e-9, "value F1");
        }
        assertTrue(score.valueF1() >= TARGET, "value F1 below " + TARGET + ": " + score);
        assertTrue(score.strictF1() >= TARGET, "strict F1 below " + TARGET + ": " + score);
    }

    /**
     * The rules were developed on the whole training set, TimeBank (WSJ, 1989-91) most of all, so each corpus
     * is also scored alone: AQUAINT (1998-2000 wire news) is the closer thing to news the rules have not seen.
     * Floors sit just under today's figures, so a rule that helps one corpus by hurting the other fails here.
     */
    @Test
    void each_corpus_alone_keeps_its_figure() {
        assumeTrue(Files.isDirectory(DATA), "TimeBank training data not present at " + DATA.toAbsolutePath());
        TimexExtractor extractor = new TimexExtractor();
        for (var corpus : List.of(List.of("TimeBank", "0.875"), List.of("AQUAINT", "0.80"))) {
            List<Te3Corpus.Doc> docs = Te3Corpus.load(DATA.resolve(corpus.get(0)));
            List<List<Timex>> results = docs.stream().map(d -> extractor.extract(d.text(), d.dct())).toList();
            Te3Score score = Te3Score.of(docs, results);
            System.out.println(corpus.get(0) + " alone: " + score);
            assertTrue(score.valueF1() >= Double.parseDouble(corpus.get(1)), corpus.get(0) + ": " + score);
        }
    }

    private JsonNode scoreWithTe3Py(List<Te3Corpus.Doc> docs, List<List<Timex>> results) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path out = tmp.resolve("result.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int d = 0; d < docs.size(); d++) {
            var line = json.createObjectNode();
            line.put("id", docs.get(d).id());
            var arr = line.putArray("timexes");
            for (Timex t : results.get(d)) {
                arr.addObject().put("start", t.start()).put("end", t.end()).put("type", t.type().name())
                    .put("value", t.value());
            }
            lines.append(json.writeValueAsString(line)).append('\n');
        }
        Files.writeString(out, lines, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", SCORER.toString(), "score", DATA.toString(), out.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "te3.py timed out");
        assertEquals(0, p.exitValue(), "te3.py failed");
        return json.readTree(stdout);
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
