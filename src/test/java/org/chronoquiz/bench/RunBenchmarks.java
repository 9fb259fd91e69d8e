package org.chronoquiz.bench;

import java.util.Arrays;

/**
 * Runs the project's benchmarks: {@code mvn -q test-compile exec:exec@bench -Dbench.args=NAME}.
 * Each benchmark reports its figures as a ratio against a baseline measured in the same run,
 * because the machines it runs on are shared and noisy.
 */
public final class RunBenchmarks {
    public static void main(String[] args) throws Exception {
        System.out.println("benchmarks: " + Arrays.toString(args) + " (none registered yet)");
    }
}
