package org.chronoquiz.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the project's benchmarks: {@code mvn -q test-compile exec:exec@bench -Dbench.args=NAME}.
 * Each benchmark reports its figures as a ratio against a baseline measured in the same run,
 * because the machines it runs on are shared and noisy. NAME is one of the suites below, or "all".
 */
public final class RunBenchmarks {
    /** A benchmark suite: runs and prints its own summary. */
    interface Suite {
        void run() throws Exception;
    }

    private static Map<String, Suite> suites() {
        Map<String, Suite> suites = new LinkedHashMap<>();
        suites.put("fsrs", FsrsBenchmarks::run);
        return suites;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Suite> suites = suites();
        String[] names = args.length == 0 ? new String[]{"all"} : args;
        for (String name : names) {
            if (name.equals("all")) {
                for (Suite s : suites.values()) {
                    s.run();
                }
            } else if (suites.containsKey(name)) {
                suites.get(name).run();
            } else {
                System.err.println("unknown benchmark " + name + "; known: all, " + String.join(", ", suites.keySet())
                        + " (asked: " + Arrays.toString(args) + ")");
                System.exit(2);
            }
        }
    }
}
