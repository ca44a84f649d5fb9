package org.supervisorj.server.config;

import java.nio.file.Path;
import org.supervisorj.server.cli.SupervisordArgs;

/**
 * Benchmark entry point for scripts/bench-config: loads a config N times after warm-up and prints
 * milliseconds per load. Not a test.
 */
public final class ConfigBench {
    private ConfigBench() {
    }

    public static void main(String[] args) throws Exception {
        String config = args[0];
        int warmup = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        SupervisordArgs a = SupervisordArgs.ofConfig("supervisord", config);
        Path cwd = Path.of("").toAbsolutePath();
        int groups = 0;
        for (int i = 0; i < warmup; i++) {
            groups += ConfigLoader.load(a, System.getenv(), cwd, s -> { }).groups().size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            groups += ConfigLoader.load(a, System.getenv(), cwd, s -> { }).groups().size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("java: %.2f ms/parse (%d runs after %d warm-up; %d groups)%n", ms, runs, warmup,
                groups / (warmup + runs));
    }
}
