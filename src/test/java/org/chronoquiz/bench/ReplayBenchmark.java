package org.chronoquiz.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoquiz.cli.FsrsCommand;
import org.chronoquiz.scheduling.CardHistory;
import org.chronoquiz.scheduling.ReviewLog;
import org.chronoquiz.scheduling.SyntheticHistories;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;

/**
 * Replaying 100,000 card histories (JSON Lines in, JSON Lines out) against only parsing the same lines
 * with Jackson: the ratio is what scheduling and writing add on top of reading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
public class ReplayBenchmark {
    static final int HISTORIES = 100_000;
    static final int REVIEWS_PER_CARD = 8;
    private final ObjectMapper json = new ObjectMapper();
    private String input;

    @Setup
    public void setup() {
        List<CardHistory> histories = SyntheticHistories.generate(SyntheticHistories.TRUE_WEIGHTS, HISTORIES,
                REVIEWS_PER_CARD, 5);
        StringBuilder out = new StringBuilder(HISTORIES * 400);
        int id = 0;
        for (CardHistory h : histories) {
            out.append("{\"id\":").append(id++).append(",\"reviews\":[");
            for (int i = 0; i < h.reviews().size(); i++) {
                ReviewLog r = h.reviews().get(i);
                out.append(i == 0 ? "" : ",").append("{\"at\":\"").append(r.at()).append("\",\"rating\":")
                        .append(r.rating().value()).append('}');
            }
            out.append("]}\n");
        }
        input = out.toString();
    }

    @Benchmark
    public long baselineJacksonParse() throws IOException {
        long nodes = 0;
        BufferedReader in = new BufferedReader(new StringReader(input));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            nodes += json.readTree(line).size();
        }
        return nodes;
    }

    /** The baseline without a checked exception, for {@link PairedRatio}. */
    long parseChecksum() {
        try {
            return baselineJacksonParse();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public long replay() {
        CountingWriter out = new CountingWriter();
        int failed = FsrsCommand.replay(new BufferedReader(new StringReader(input)), out);
        if (failed != 0) {
            throw new IllegalStateException(failed + " lines failed");
        }
        return out.chars;
    }

    /** Discards output but counts it, so the writing cannot be optimised away. */
    static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
        }

        @Override
        public Writer append(CharSequence csq) {
            chars += csq.length();
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
