package org.supervisorj.compat.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A supervisord that is a child process of this JVM. */
final class HostServer implements ServerHandle {
    private final Process process;

    private HostServer(Process process) {
        this.process = process;
    }

    static HostServer start(List<String> command, Path dir, Path out) throws IOException {
        return new HostServer(new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start());
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String exitDescription() {
        return "exited with " + process.exitValue();
    }

    @Override
    public void signal(String name) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IOException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
