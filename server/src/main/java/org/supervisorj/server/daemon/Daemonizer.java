package org.supervisorj.server.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.supervisorj.server.config.SupervisordConfig;
import org.supervisorj.server.process.spawn.ChildListener;
import org.supervisorj.server.process.spawn.OutputChannel;
import org.supervisorj.server.process.spawn.PipePump;
import org.supervisorj.server.process.spawn.PosixLauncher;
import org.supervisorj.server.process.spawn.ResolvedCommand;
import org.supervisorj.server.process.spawn.SpawnException;
import org.supervisorj.server.process.spawn.SpawnRequest;
import org.supervisorj.server.process.spawn.WaitStatus;

/**
 * Daemon mode without fork(): the foreground JVM starts a copy of itself in a new session
 * ({@code setsid}), passes on what the copy writes to stderr while it starts, and exits once the
 * copy says it is serving (exit 0) or has failed (its error was already shown; exit 2). The copy
 * then points its stdio at /dev/null. The pid in the pidfile and from getPID is the copy's own.
 */
public final class Daemonizer {
    static final String MARK = "SUPERVISORJ_DAEMONIZED";
    static final String READY = "supervisorj-daemon-ready";
    private static final String SETSID = "/usr/bin/setsid";

    private Daemonizer() {
    }

    public static boolean isDaemonChild() {
        return System.getenv(MARK) != null;
    }

    /** In the copy: tells the waiting parent that startup succeeded, then detaches from its pipes. */
    public static void announceReady() {
        if (!isDaemonChild()) {
            return;
        }
        System.out.println(READY);
        System.out.flush();
        org.supervisorj.server.process.spawn.Posix.redirectStdio("/dev/null");
    }

    /** In the foreground JVM: starts the daemon copy and returns the exit status for this process. */
    public static int detach(String[] argv, SupervisordConfig config, PrintStream err) {
        List<String> command;
        try {
            command = ownCommandLine();
        } catch (IOException e) {
            err.println("Error: cannot read the command line to daemonize: " + e.getMessage());
            return 2;
        }
        List<String> argvOut = new ArrayList<>();
        argvOut.add(SETSID);
        argvOut.addAll(command);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(MARK, "1");
        AtomicBoolean ready = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(2);
        StringBuilder stdout = new StringBuilder();
        ChildListener listener = new ChildListener() {
            @Override
            public void onOutput(OutputChannel channel, byte[] data) {
                if (channel == OutputChannel.STDERR) {
                    err.write(data, 0, data.length);
                    err.flush();
                } else {
                    synchronized (stdout) {
                        stdout.append(new String(data, StandardCharsets.UTF_8));
                        if (stdout.indexOf(READY) >= 0) {
                            ready.set(true);
                        }
                    }
                }
            }

            @Override
            public void onEof(OutputChannel channel) {
                done.countDown();
            }

            @Override
            public void onExit(WaitStatus status) {
                // setsid forks (the child leads its own process group) and exits at once; the daemon
                // is reported through the pipes, which it holds until it is ready.
            }
        };
        try (PipePump pump = new PipePump()) {
            new PosixLauncher(pump).spawn(new SpawnRequest(new ResolvedCommand(SETSID, argvOut), env,
                    config.supervisord().directory().map(Path::toString), OptionalInt.empty(), Optional.empty(), false),
                    listener);
            done.await(120, TimeUnit.SECONDS);
        } catch (SpawnException e) {
            err.println("Error: could not daemonize: " + e.spawnerr("supervisord"));
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return ready.get() ? 0 : 2;
    }

    private static List<String> ownCommandLine() throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                parts.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return parts;
    }
}
