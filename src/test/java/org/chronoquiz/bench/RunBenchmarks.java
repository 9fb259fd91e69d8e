package org.chronoquiz.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the project's benchmarks: {@code mvn -q test-compile exec:exec@bench -Dbench.args=NAME}
 * (NAME one of the registered names, or "all"). Each benchmark reports its figures as a ratio against a
 * baseline measured in the same run, because the machines it runs on are shared and noisy.
 */
public final class RunBenchmarks {

    @FunctionalInterface
    private interface Bench {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Bench> registered = new LinkedHashMap<>();
        registered.put("fsrs", FsrsBenchmarks::run);
        registered.put("timex", TimexBenchmark::run);

        // not part of "all": the same measurement without the HeidelTime baseline; building the scale database
        Map<String, Bench> extra = Map.of("timex-ours", TimexBenchmark::runOursOnly, "scale", ScaleBenchmark::run);

        List<String> wanted = args.length == 0 ? List.of("all") : Arrays.asList(args);
        for (String name : wanted) {
            if (extra.containsKey(name)) {
                extra.get(name).run();
            } else if (name.equals("all")) {
                for (var e : registered.entrySet()) {
                    System.out.println("== " + e.getKey());
                    e.getValue().run();
                }
            } else if (registered.containsKey(name)) {
                registered.get(name).run();
            } else {
                System.err.println("unknown benchmark: " + name + " (known: " + registered.keySet() + ", all)");
                System.exit(2);
            }
        }
    }
}
