package org.chronoquiz.cli;

import org.chronoquiz.scheduling.SchedulerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code fsrs}: replays card histories (JSON Lines on stdin) through the scheduler, one output line per
 * input line, fuzz off. Exit code 1 if any line was rejected.
 */
@Command(name = "fsrs", mixinStandardHelpOptions = true, subcommands = FsrsOptimizeCommand.class,
        description = {"Replay FSRS card histories: JSON Lines on stdin, one result line per input line on stdout.",
                "Input: {\"id\", \"reviews\": [{\"at\": ISO time | \"due\", \"rating\": 1-4}], optional \"weights\", "
                        + "\"desired_retention\", \"learning_steps\", \"relearning_steps\", \"short_term\", "
                        + "\"maximum_interval\"}.",
                "Exit code 1 if any line was rejected (its output line is {\"id\", \"line\", \"error\"})."})
public final class FsrsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Supplier<InputStream> stdin;

    public FsrsCommand() {
        this(() -> System.in); // looked up at run time, so a redirected System.in is honoured
    }

    FsrsCommand(Supplier<InputStream> stdin) {
        this.stdin = stdin;
    }

    Supplier<InputStream> stdin() {
        return stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int failed = replay(reader(stdin.get()), out);
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The replay itself, on any reader and writer: used by the command, its tests and the benchmark. */
    public static int replay(BufferedReader in, Appendable out) {
        Replay replay = new Replay();
        JsonLineWriter lines = new JsonLineWriter(out);
        HistoryReader reader = new HistoryReader(SchedulerSettings.defaults());
        return reader.read(in, input -> lines.write(replay.run(input)), lines::write);
    }

    static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
