package org.chronoquiz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.timex.Timex;
import org.chronoquiz.timex.TimexExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our extractor (JMH, one fork) against HeidelTime ({@code ../shared/tools/heideltime/run.sh}, its own
 * in-process timing after start-up) on the same TimeBank documents in the same run; prints words per
 * second for both and the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimexBenchmark {

    static final String DOCS_PROPERTY = "timex.bench.docs";
    private static final Path DATA = Path.of("../shared/data/timebank-train");
    private static final Path TE3 = Path.of("../shared/tools/te3.py");
    private static final Path HEIDELTIME = Path.of("../shared/tools/heideltime/run.sh");
    private static final Pattern HT_TIMING = Pattern.compile("heideltime: (\\d+) docs in ([0-9.]+) s");

    private final TimexExtractor extractor = new TimexExtractor();
    private List<String> texts;
    private List<LocalDate> dcts;

    @Setup
    public void load() throws IOException {
        texts = new ArrayList<>();
        dcts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(System.getProperty(DOCS_PROPERTY)), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode d = json.readTree(line);
                texts.add(d.get("text").asText());
                dcts.add(LocalDate.parse(d.get("dct").asText()));
            }
        }
    }

    /** One operation = every document once, as the timex command would process them. */
    @Benchmark
    public void extractAll(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            List<Timex> found = extractor.extract(texts.get(i), dcts.get(i));
            bh.consume(found);
        }
    }

    static void run() throws Exception {
        run(true);
    }

    /** Our extractor alone, for quick checks while tuning (HeidelTime takes a minute per run). */
    static void runOursOnly() throws Exception {
        run(false);
    }

    private static void run(boolean withHeidelTime) throws Exception {
        Path docs = Files.createTempFile("timex-bench", ".jsonl");
        try {
            Process te3 = new ProcessBuilder("python3", TE3.toString(), "docs", DATA.toString())
                .redirectOutput(docs.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (te3.waitFor() != 0) {
                throw new IllegalStateException("te3.py docs failed");
            }
            long words = countWords(docs);
            int docCount = (int) Files.readAllLines(docs).stream().filter(l -> !l.isBlank()).count();
            System.out.printf("timex benchmark: %d documents, %d words%n", docCount, words);

            double oursSeconds = runJmh(docs);
            double oursWps = words / oursSeconds;
            System.out.printf("chronoquiz timex: %.4f s per pass, %,.0f words/s%n", oursSeconds, oursWps);

            if (!withHeidelTime) {
                return;
            }
            double htSeconds = runHeidelTime(docs, docCount);
            double htWps = words / htSeconds;
            System.out.printf("heideltime:       %.3f s per pass, %,.0f words/s%n", htSeconds, htWps);
            System.out.printf("ratio: chronoquiz is %.0fx HeidelTime's throughput (goal >= 100x)%n", oursWps / htWps);
        } finally {
            Files.deleteIfExists(docs);
        }
    }

    private static double runJmh(Path docs) throws Exception {
        var options = new OptionsBuilder()
            .include(TimexBenchmark.class.getName() + ".extractAll")
            .forks(1)
            .warmupIterations(8).warmupTime(TimeValue.seconds(1))
            .measurementIterations(5).measurementTime(TimeValue.seconds(2))
            .jvmArgsAppend("-D" + DOCS_PROPERTY + "=" + docs.toAbsolutePath())
            .build();
        Collection<RunResult> results = new Runner(options).run();
        double ms = results.iterator().next().getPrimaryResult().getScore();
        return ms / 1000.0;
    }

    /** Runs HeidelTime once over the same documents and reads its own after-start-up timing. */
    private static double runHeidelTime(Path docs, int expectedDocs) throws Exception {
        Process p = new ProcessBuilder("bash", HEIDELTIME.toString())
            .redirectInput(docs.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("heideltime failed: " + stderr);
        }
        Matcher m = HT_TIMING.matcher(stderr);
        if (!m.find()) {
            throw new IllegalStateException("no timing line from heideltime: " + stderr);
        }
        if (Integer.parseInt(m.group(1)) != expectedDocs) {
            throw new IllegalStateException("heideltime processed " + m.group(1) + " of " + expectedDocs + " docs");
        }
        return Double.parseDouble(m.group(2));
    }

    static long countWords(Path docs) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long words = 0;
        for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String text = json.readTree(line).get("text").asText().strip();
                words += text.isEmpty() ? 0 : text.split("\\s+").length;
            }
        }
        return words;
    }
}
