package org.chronoquiz.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Stub: to be written. */
@Command(name = "timex", mixinStandardHelpOptions = true, description = "(not yet written)")
public final class TimexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("timex: not yet written");
        return 2;
    }
}
