package org.supervisorj.ctl;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Runs the same supervisorctl command line through Python's supervisorctl and ours. */
final class Clients {
    /** stdout, stderr and exit status of one run. */
    record Run(String out, String err, int exit) {
        Run normalized(ReferenceServer server) {
            return new Run(normalize(out, server), normalize(err, server), exit);
        }

        /**
         * The same run with its output lines sorted: for bulk commands, whose per-process lines come in
         * the order the server finished them, which varies between runs of Python's supervisord.
         */
        Run linesSorted() {
            return new Run(sortLines(out), sortLines(err), exit);
        }

        private static String sortLines(String text) {
            return text.lines().sorted().map(line -> line + "\n").collect(Collectors.joining());
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static final Pattern UPTIME = Pattern.compile("pid \\d+, uptime \\d+:\\d\\d:\\d\\d");
    private static final Pattern DATE = Pattern.compile("[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d [AP]M");
    private static final Pattern NUMBER_LINE = Pattern.compile("(?m)^[1-9]\\d*$");

    private Clients() {
    }

    static String[] argv(ReferenceServer server, String... args) {
        List<String> argv = new ArrayList<>(List.of("-c", server.conf.toString()));
        argv.addAll(List.of(args));
        return argv.toArray(String[]::new);
    }

    /** Python's supervisorctl with {@code -c <conf>} prepended. */
    static Run python(ReferenceServer server, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ReferenceServer.PYTHON_SUPERVISORCTL));
        cmd.addAll(List.of(argv(server, args)));
        return process(cmd, server.dir, "");
    }

    /** Python's supervisorctl with exactly these arguments. */
    static Run pythonRaw(Path cwd, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ReferenceServer.PYTHON_SUPERVISORCTL));
        cmd.addAll(List.of(args));
        return process(cmd, cwd, stdin);
    }

    /** Ours, in this JVM, with {@code -c <conf>} prepended. */
    static Run ours(ReferenceServer server, String... args) {
        return oursRaw(argv(server, args));
    }

    static synchronized Run oursRaw(String... args) {
        System.setProperty("supervisorj.argv0", ReferenceServer.PYTHON_SUPERVISORCTL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, o, e);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** Ours in a separate JVM (for stdin, signals, the shell): {@code java -cp <test classpath> Main}. */
    static ProcessBuilder oursProcess(Path cwd, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dsupervisorj.argv0=" + ReferenceServer.PYTHON_SUPERVISORCTL,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(cwd.toFile());
    }

    static ProcessBuilder pythonProcess(Path cwd, String... args) {
        List<String> cmd = new ArrayList<>(List.of(ReferenceServer.PYTHON_SUPERVISORCTL));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(cwd.toFile());
    }

    static Run process(List<String> cmd, Path cwd, String stdin) throws IOException, InterruptedException {
        return run(new ProcessBuilder(cmd).directory(cwd.toFile()), stdin);
    }

    static Run run(ProcessBuilder pb, String stdin) throws IOException, InterruptedException {
        File out = File.createTempFile("ctl", ".out");
        File err = File.createTempFile("ctl", ".err");
        try {
            Process p = pb.redirectOutput(out).redirectError(err).start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + pb.command());
            }
            return new Run(Files.readString(out.toPath()), Files.readString(err.toPath()), p.exitValue());
        } finally {
            out.delete();
            err.delete();
        }
    }

    static String normalize(String s, ReferenceServer server) {
        String t = s.replace(server.dir.toString(), "TMP");
        t = UPTIME.matcher(t).replaceAll("pid N, uptime U");
        t = DATE.matcher(t).replaceAll("DATE");
        return NUMBER_LINE.matcher(t).replaceAll("N");
    }
}
