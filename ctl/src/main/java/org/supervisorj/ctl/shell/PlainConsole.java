package org.supervisorj.ctl.shell;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import org.supervisorj.ctl.command.Console;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A console over plain stdin/stdout, used when stdin is not a terminal (pipes, scripts, tests), where
 * Python also reads without readline and writes the prompt to stdout.
 *
 * <p>Stdin is read by one daemon thread into a queue, so a read can be abandoned on Ctrl-C (as fg
 * needs) without losing the next line to a stray blocked reader.
 */
public final class PlainConsole implements Console {
    private static final Optional<String> INTERRUPT = Optional.of("\u0000interrupt");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final LinkedBlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private Thread reader;
    private boolean eof;

    public PlainConsole(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public String readLine(String prompt) throws IOException {
        out.print(prompt);
        out.flush();
        return next();
    }

    @Override
    public String readPassword(String prompt) throws IOException {
        err.print(prompt);
        err.flush();
        return next();
    }

    private String next() throws IOException {
        if (eof) {
            throw new EOFException();
        }
        startReader();
        Optional<String> line;
        try {
            line = lines.take();
        } catch (InterruptedException e) {
            throw new InterruptedIOException("interrupted");
        }
        if (line == INTERRUPT) {
            throw new InterruptedIOException("interrupted");
        }
        if (line.isEmpty()) {
            eof = true;
            throw new EOFException();
        }
        return line.get();
    }

    private synchronized void startReader() {
        if (reader != null) {
            return;
        }
        reader = Thread.ofPlatform().daemon().name("stdin").start(() -> {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            try {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(Optional.of(l));
                }
            } catch (IOException ignored) {
                // treated as end of input
            }
            lines.add(Optional.empty());
        });
    }

    @Override
    public void interruptibly(Runnable onInterrupt, Body body) throws Exception {
        SignalHandler previous = Signal.handle(new Signal("INT"), s -> {
            onInterrupt.run();
            lines.add(INTERRUPT);
        });
        try {
            body.run();
        } finally {
            Signal.handle(new Signal("INT"), previous);
            lines.remove(INTERRUPT);
        }
    }
}
