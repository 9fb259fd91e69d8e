package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Runs the fsrs command in-process with stdin and stdout redirected, as a user's shell would. */
final class FsrsCli {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, List<JsonNode> lines, String stderr) {
        JsonNode line(int i) {
            return lines.get(i);
        }

        JsonNode states(int i) {
            return lines.get(i).get("states");
        }
    }

    private FsrsCli() {
    }

    static Run run(String stdin, String... args) {
        CommandLine cmd = new CommandLine(new FsrsCommand(
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, parse(out.toString()), err.toString());
    }

    static List<JsonNode> parse(String text) {
        List<JsonNode> lines = new ArrayList<>();
        try {
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** A review entry; {@code at} null means "due". */
    static String review(String at, int rating) {
        return "{\"at\":" + (at == null ? "\"due\"" : "\"" + at + "\"") + ",\"rating\":" + rating + "}";
    }

    /** A card line; {@code extra} is raw JSON members ("" for none), e.g. {@code "\"short_term\":false,"}. */
    static String card(String id, String extra, List<String> reviews) {
        StringJoiner r = new StringJoiner(",", "[", "]");
        reviews.forEach(r::add);
        return "{\"id\":\"" + id + "\"," + extra + "\"reviews\":" + r + "}";
    }

    /** Reviews at the given ratings, the first at {@code first} and each next one exactly when due. */
    static List<String> atDue(String first, int... ratings) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            out.add(review(i == 0 ? first : null, ratings[i]));
        }
        return out;
    }
}
