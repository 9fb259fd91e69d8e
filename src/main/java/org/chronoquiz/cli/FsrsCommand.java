package org.chronoquiz.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Stub: to be written. */
@Command(name = "fsrs", mixinStandardHelpOptions = true, description = "(not yet written)")
public final class FsrsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("fsrs: not yet written");
        return 2;
    }
}
