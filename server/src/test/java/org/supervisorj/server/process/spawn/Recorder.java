package org.supervisorj.server.process.spawn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Collects what one child reports; the waits are hang guards, not timing assertions. */
class Recorder implements ChildListener {
    private static final long GUARD_SECONDS = 60;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    final CompletableFuture<Void> stdoutEof = new CompletableFuture<>();
    final CompletableFuture<Void> stderrEof = new CompletableFuture<>();
    final CompletableFuture<WaitStatus> exit = new CompletableFuture<>();
    private int stdoutBytesAtExit = -1;

    @Override
    public synchronized void onOutput(OutputChannel channel, byte[] data) {
        (channel == OutputChannel.STDOUT ? stdout : stderr).writeBytes(data);
    }

    @Override
    public void onEof(OutputChannel channel) {
        (channel == OutputChannel.STDOUT ? stdoutEof : stderrEof).complete(null);
    }

    @Override
    public void onExit(WaitStatus status) {
        synchronized (this) {
            stdoutBytesAtExit = stdout.size();
        }
        exit.complete(status);
    }

    /** How much stdout had arrived when the exit was reported. */
    synchronized int stdoutBytesAtExit() {
        return stdoutBytesAtExit;
    }

    WaitStatus awaitExit() throws Exception {
        return exit.get(GUARD_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits for the exit and stdout EOF (and stderr EOF unless redirected). */
    WaitStatus awaitAll(boolean redirected) throws Exception {
        stdoutEof.get(GUARD_SECONDS, TimeUnit.SECONDS);
        if (!redirected) {
            stderrEof.get(GUARD_SECONDS, TimeUnit.SECONDS);
        }
        return awaitExit();
    }

    synchronized String stdout() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    synchronized String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    synchronized int stdoutBytes() {
        return stdout.size();
    }

    synchronized int stderrBytes() {
        return stderr.size();
    }
}
