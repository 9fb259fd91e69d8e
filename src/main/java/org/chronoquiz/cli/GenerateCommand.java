package org.chronoquiz.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Stub: to be written. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "(not yet written)")
public final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("generate: not yet written");
        return 2;
    }
}
