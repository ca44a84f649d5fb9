package org.supervisorj.compat.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.server.cli.SupervisordArgs;
import org.supervisorj.server.cli.UsageException;
import org.supervisorj.server.config.ConfigException;
import org.supervisorj.server.config.ConfigLoader;
import org.supervisorj.server.config.value.PathContext;

/**
 * Every config of {@code configs/good} and {@code configs/bad} read by Python's ServerOptions.realize and by
 * our ConfigLoader: same exit status, same error text, same resolved options. The corpus is copied into a
 * temp dir that is the CWD of both sides, and cases are named by relative path (as "-c" would give it).
 * A first line "; args: ..." adds command-line arguments.
 */
class ConfigCorpusTest {
    @TempDir
    static Path root;

    @TestFactory
    Stream<DynamicTest> sameAsSupervisor() throws Exception {
        copyCorpus(root);
        List<String> cases = new ArrayList<>();
        for (String kind : List.of("good", "bad")) {
            try (Stream<Path> files = Files.list(root.resolve(kind))) {
                files.filter(f -> f.toString().endsWith(".conf")).sorted().forEach(f -> cases.add(caseOf(root, f)));
            }
        }
        assertTrue(cases.size() >= 60, "corpus has " + cases.size() + " cases");
        List<String> args = new ArrayList<>(List.of("configs", root.toString()));
        args.addAll(cases);
        Map<String, List<String>> reference = ReferencePython.run(root, args);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            List<String> expected = reference.get(c);
            assertTrue(expected != null, "no reference output for " + c);
            String status = expected.getFirst();
            if (c.startsWith("good/")) {
                assertEquals("status=0", status, "corpus error: Python rejects a good case: " + expected);
            } else {
                assertEquals("status=2", status, "corpus error: Python accepts a bad case");
            }
            assertEquals(String.join("\n", expected), String.join("\n", ours(c)));
        }));
    }

    static List<String> ours(String c) {
        List<String> parts = Arrays.asList(c.split("\\|"));
        List<String> argv = new ArrayList<>(List.of("-c", parts.getFirst()));
        argv.addAll(parts.subList(1, parts.size()));
        List<String> out = new ArrayList<>();
        try {
            PathContext ctx = new PathContext(ReferencePython.ENV, root);
            SupervisordArgs args = SupervisordArgs.parse("supervisord", argv, ctx);
            var config = ConfigLoader.load(args, ReferencePython.ENV, root, line -> { });
            out.add("status=0");
            out.addAll(ConfigDump.of(config));
        } catch (UsageException | ConfigException e) {
            out.add("status=2");
            out.add("error=" + Json.of(e.getMessage()));
        }
        return out;
    }

    private static String caseOf(Path root, Path file) {
        String rel = root.relativize(file).toString();
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("");
            if (first.startsWith("; args:")) {
                return rel + "|" + String.join("|", first.substring(7).trim().split("\\s+"));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rel;
    }

    static void copyCorpus(Path target) throws IOException, URISyntaxException {
        Path source = Path.of(ConfigCorpusTest.class.getResource("/configs").toURI());
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
