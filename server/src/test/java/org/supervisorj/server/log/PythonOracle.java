package org.supervisorj.server.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * One long-lived {@code /usr/bin/python3} running oracle.py, answering with Supervisor 4.2.5's own
 * functions. Fails (never skips) when Python or the supervisor package is missing.
 */
final class PythonOracle implements AutoCloseable {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final HexFormat HEX = HexFormat.of();

    private final Process process;
    private final Writer in;
    private final BufferedReader out;

    PythonOracle() throws IOException {
        if (!Files.isExecutable(PYTHON)) {
            throw new AssertionError(PYTHON + " is required for the differential log tests");
        }
        String script;
        try (InputStream s = PythonOracle.class.getResourceAsStream("oracle.py")) {
            script = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        process = new ProcessBuilder(PYTHON.toString(), "-c", script)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String hello = out.readLine();
        if (!"ready".equals(hello)) {
            throw new AssertionError("python oracle did not start (supervisor package missing?): " + hello);
        }
    }

    /** Sends one request (fields joined by spaces) and returns the answer line. */
    String ask(String... fields) throws IOException {
        in.write(String.join(" ", fields) + "\n");
        in.flush();
        String answer = out.readLine();
        if (answer == null || answer.startsWith("PYERROR")) {
            throw new AssertionError("python oracle failed on " + String.join(" ", fields) + ": " + answer);
        }
        return answer;
    }

    static String hex(byte[] b) {
        return b.length == 0 ? "-" : HEX.formatHex(b);
    }

    static String hex(String s) {
        return hex(s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] unhex(String s) {
        return s.equals("-") ? new byte[0] : HEX.parseHex(s);
    }

    @Override
    public void close() throws IOException {
        in.close();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
