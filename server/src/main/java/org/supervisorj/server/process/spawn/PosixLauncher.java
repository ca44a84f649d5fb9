package org.supervisorj.server.process.spawn;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts children with glibc's posix_spawn, set up as CPython's supervisord sets them up (spec §4.4):
 * <ol>
 *   <li>own process group (pgid = pid) in our session: POSIX_SPAWN_SETPGROUP with pgroup 0;</li>
 *   <li>empty signal mask, default dispositions except SIGPIPE and SIGXFSZ, which stay ignored
 *       ({@link Posix#ignorePipeAndFileSizeSignals()} must have run);</li>
 *   <li>fd 0/1/2 = pipes (fd 2 = the stdout pipe when stderr is redirected), every other fd closed;</li>
 *   <li>chdir to the directory, then exec of the resolved file with argv as written and the given env.</li>
 * </ol>
 * User and umask need a step posix_spawn does not have, so they are done by exec wrappers, only when
 * configured: {@code setpriv --reuid --regid --init-groups --} and {@code sh -c 'umask NNN; exec "$0" "$@"'}.
 *
 * <p>Setup failures. Supervisor's forked child reports a failed setuid/chdir/exec by writing
 * {@code supervisor: couldn't chdir to DIR: ENOENT} and {@code supervisor: child process was not spawned}
 * to its fd 2 and exiting 127, so the log shows a spawned pid, the text lands in the stderr log and the
 * process goes to BACKOFF. posix_spawn instead reports such failures to us as an error number, with no
 * child left. To keep the observable behaviour without special cases in the engine, we then spawn a
 * stand-in {@code /bin/sh} on the same pipes that writes that exact text to fd 2 and exits 127;
 * {@link SpawnedChild#setupFailure()} says this happened.
 */
public final class PosixLauncher implements Launcher {
    private static final String SH = "/bin/sh";
    private static final String NOT_SPAWNED = "supervisor: child process was not spawned\n";

    private final PipePump pump;
    private final ChildReaper reaper;
    private final String setpriv;

    /**
     * @param pump    reads the children's output
     * @param reaper  the JVM's reaper ({@link ChildReaper#instance()})
     * @param setpriv path of util-linux setpriv, used only for programs with {@code user=}
     */
    public PosixLauncher(PipePump pump, ChildReaper reaper, String setpriv) {
        Posix.checkPlatform();
        Posix.ignorePipeAndFileSizeSignals();
        this.pump = pump;
        this.reaper = reaper;
        this.setpriv = setpriv;
    }

    public PosixLauncher(PipePump pump) {
        this(pump, ChildReaper.instance(), "/usr/bin/setpriv");
    }

    @Override
    public int kill(int pid, int signal) {
        return Posix.kill(pid, signal);
    }

    @Override
    public SpawnedChild spawn(SpawnRequest request, ChildListener listener) throws SpawnException {
        Pipes pipes = Pipes.open(request.redirectStderr());
        ExitReport exit = new ExitReport(listener);
        try {
            Optional<String> setupFailure = userProblem(request);
            int pid = 0;
            if (setupFailure.isEmpty()) {
                pid = launch(execChain(request), request.environment(), request.directory(), pipes, exit);
                if (pid < 0) {
                    setupFailure = Optional.of(explain(-pid, request));
                }
            }
            if (setupFailure.isPresent()) {
                pid = launch(standIn(setupFailure.get()), request.environment(), Optional.empty(), pipes, exit);
                if (pid < 0) {
                    throw new SpawnException(SpawnException.Stage.FORK, -pid);
                }
            }
            pipes.closeChildEnds();
            PipePump.Pipe stdout = new PipePump.Pipe(pipes.stdoutRead, sink(listener, OutputChannel.STDOUT));
            PipePump.Outputs outputs = pipes.stderrRead >= 0
                    ? pump.read(stdout, new PipePump.Pipe(pipes.stderrRead, sink(listener, OutputChannel.STDERR)))
                    : pump.read(stdout);
            exit.reading(outputs);
            return new SpawnedChild(pid, new ChildStdin(pipes.stdinWrite, pump.pick()), setupFailure, outputs);
        } catch (SpawnException | RuntimeException e) {
            pipes.closeAll();
            exit.withoutOutputs();
            throw e;
        }
    }

    /** Supervisor's drop_privileges refusal, checked here because setpriv would fail with other words. */
    private static Optional<String> userProblem(SpawnRequest request) {
        if (request.user().isEmpty()) {
            return Optional.empty();
        }
        int uid = request.user().get().uid();
        int ours = Posix.getuid();
        if (uid == ours || ours == 0) {
            return Optional.empty();
        }
        return Optional.of("supervisor: couldn't setuid to " + uid + ": Can't drop privilege as nonroot user\n" + NOT_SPAWNED);
    }

    /** Which step failed: posix_spawn only returns the errno, so look at the directory to tell chdir from exec. */
    private static String explain(int errno, SpawnRequest request) {
        if (request.directory().isPresent()) {
            Path dir = Path.of(request.directory().get());
            if (!Files.isDirectory(dir) || !Files.isExecutable(dir)) {
                return "supervisor: couldn't chdir to " + request.directory().get() + ": " + Posix.errnoName(errno) + "\n" + NOT_SPAWNED;
            }
        }
        return "supervisor: couldn't exec " + request.command().argv().getFirst() + ": " + Posix.errnoName(errno) + "\n" + NOT_SPAWNED;
    }

    /** filename + argv after the optional wrappers; the first element is the file to execute. */
    private List<String> execChain(SpawnRequest request) {
        ResolvedCommand command = request.command();
        List<String> chain = new ArrayList<>();
        chain.add(command.filename());
        chain.addAll(command.argv());
        boolean wrapped = false;
        if (request.umask().isPresent()) {
            // Deviation from 4.2.5: behind a wrapper, the program sees its resolved path as argv[0].
            List<String> sh = new ArrayList<>(List.of(SH, SH, "-c",
                    "umask " + String.format("%03o", request.umask().getAsInt()) + "; exec \"$0\" \"$@\"", command.filename()));
            sh.addAll(command.argv().subList(1, command.argv().size()));
            chain = sh;
            wrapped = true;
        }
        if (request.user().isPresent() && request.user().get().uid() != Posix.getuid()) {
            SpawnRequest.User user = request.user().get();
            // Deviation from 4.2.5: chdir happens before the user switch (posix_spawn's file action runs first).
            List<String> priv = new ArrayList<>(List.of(setpriv, setpriv, "--reuid=" + user.uid(), "--regid=" + user.gid(),
                    "--init-groups", "--"));
            priv.addAll(wrapped ? chain.subList(1, chain.size()) : chain.subList(0, 1));
            if (!wrapped) {
                priv.addAll(command.argv().subList(1, command.argv().size()));
            }
            chain = priv;
        }
        return chain;
    }

    private static List<String> standIn(String text) {
        return List.of(SH, SH, "-c", "printf '%s' \"$1\" >&2; exit 127", "supervisor", text);
    }

    /** Returns the pid, or -errno when posix_spawn failed. */
    private int launch(List<String> chain, java.util.Map<String, String> env, Optional<String> directory, Pipes pipes,
            ExitReport exit) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment path = arena.allocateFrom(chain.getFirst());
            MemorySegment argv = stringArray(arena, chain.subList(1, chain.size()));
            MemorySegment envp = stringArray(arena, env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            MemorySegment pidOut = arena.allocate(JAVA_INT);
            MemorySegment attr = arena.allocate(LibC.SPAWNATTR_SIZE, 16);
            MemorySegment actions = arena.allocate(LibC.FILE_ACTIONS_SIZE, 16);
            MemorySegment sigs = arena.allocate(LibC.SIGSET_SIZE, 16);
            LibC.attrInit(attr);
            LibC.faInit(actions);
            try {
                LibC.attrSetFlags(attr, LibC.POSIX_SPAWN_SETPGROUP | LibC.POSIX_SPAWN_SETSIGMASK | LibC.POSIX_SPAWN_SETSIGDEF);
                LibC.attrSetPgroup(attr, 0);
                LibC.sigemptyset(sigs);
                LibC.attrSetSigmask(attr, sigs);
                // Supervisor quirk (spec §4.4): kept; children of CPython inherit SIGPIPE and SIGXFSZ ignored.
                // The bits are written directly: glibc's sigfillset/sigaddset leave out its internal signals 32
                // and 33, and posix_spawn would then hand them to the child as SIG_IGN (SigIgn 0x181001000).
                sigs.set(JAVA_LONG, 0, ~(bit(LibC.SIGPIPE) | bit(LibC.SIGXFSZ)));
                LibC.attrSetSigdefault(attr, sigs);
                LibC.faAddDup2(actions, pipes.stdinRead, 0);
                LibC.faAddDup2(actions, pipes.stdoutWrite, 1);
                LibC.faAddDup2(actions, pipes.stderrWrite >= 0 ? pipes.stderrWrite : pipes.stdoutWrite, 2);
                // Deviation from 4.2.5: every fd >= 3 is closed, where supervisor closes only those below minfds.
                LibC.faAddClosefrom(actions, 3);
                if (directory.isPresent()) {
                    LibC.faAddChdir(actions, arena.allocateFrom(directory.get()));
                }
                return reaper.spawnAndRegister(() -> {
                    int err = LibC.posixSpawn(pidOut, path, actions, attr, argv, envp);
                    return err == 0 ? pidOut.get(JAVA_INT, 0) : -err;
                }, exit::exited);
            } finally {
                LibC.faDestroy(actions);
                LibC.attrDestroy(attr);
            }
        }
    }

    /** The bit of a signal in the first word of a Linux sigset_t. */
    private static long bit(int signal) {
        return 1L << (signal - 1);
    }

    private static MemorySegment stringArray(Arena arena, List<String> strings) {
        MemorySegment array = arena.allocate(ADDRESS, strings.size() + 1L);
        for (int i = 0; i < strings.size(); i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(strings.get(i)));
        }
        array.setAtIndex(ADDRESS, strings.size(), MemorySegment.NULL);
        return array;
    }

    private static PipeSink sink(ChildListener listener, OutputChannel channel) {
        return new PipeSink() {
            @Override
            public void onData(byte[] data) {
                listener.onOutput(channel, data);
            }

            @Override
            public void onEof() {
                listener.onEof(channel);
            }

            @Override
            public boolean interactive() {
                return listener.interactive(channel);
            }
        };
    }
}
