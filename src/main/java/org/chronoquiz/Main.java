package org.chronoquiz;

import org.chronoquiz.cli.ChronoquizCommand;
import picocli.CommandLine;

/** Entry point of {@code target/chronoquiz.jar}: with no subcommand (or only options) it serves. */
public final class Main {
    public static void main(String[] args) {
        String[] effective = args.length == 0 || args[0].startsWith("-") && !isHelp(args[0])
                ? prepend("serve", args) : args;
        if (!"serve".equals(effective[0])) {
            // A one-shot command's output is its result (JSON, a report); the pool's and Flyway's start-up lines
            // belong in a server's log, not in it. Set before the first logger exists; an operator's -D wins.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                    System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        }
        int code = ChronoquizCommand.commandLine().execute(effective);
        if (code != 0 || !"serve".equals(effective[0])) {
            System.exit(code);
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version");
    }

    private static String[] prepend(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
