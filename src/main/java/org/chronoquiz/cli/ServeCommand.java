package org.chronoquiz.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Stub: to be written. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web service.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("serve: not yet written");
        return 2;
    }
}
