package org.supervisorj.server.http;

import java.io.IOException;
import java.io.PrintStream;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;

/**
 * Supervisor's way of claiming a socket path (spec §6.3). Binding a private temp name and hard-linking
 * it into place means two daemons can never both believe they own {@code file}, and a live owner is
 * never unlinked.
 */
final class UnixSocketBinder {
    static final int BACKLOG = 1024;
    private static final Duration STALE_RETRY_DELAY = Duration.ofMillis(300);
    private static final Duration PROBE_PATIENCE = Duration.ofSeconds(5);

    private final PrintStream stderr;

    UnixSocketBinder(PrintStream stderr) {
        this.stderr = stderr;
    }

    BoundUnixSocket bind(UnixSocketSpec spec) throws HttpServerException {
        Path file = spec.file();
        Path temp = Path.of(file + "." + ProcessHandle.current().pid());
        deleteQuietly(temp);
        while (true) {
            ServerSocketChannel channel = open();
            boolean done = false;
            try {
                bindTemp(channel, temp, spec.chmod());
                try {
                    Files.createLink(file, temp);
                } catch (IOException linkFailure) {
                    if (SocketProbe.answers(file, PROBE_PATIENCE)) {
                        throw new HttpServerException(HttpMessages.ADDRESS_IN_USE, linkFailure);
                    }
                    stderr.print(HttpMessages.unlinkingStaleSocket(file));
                    stderr.flush();
                    unlinkStale(file);
                    sleep(STALE_RETRY_DELAY);
                    continue;
                }
                BoundUnixSocket bound = new BoundUnixSocket(channel, file, fileKey(file));
                try {
                    chown(spec);
                } catch (HttpServerException e) {
                    bound.unlinkIfOurs(); // Deviation from 4.2.5: Supervisor leaves the linked file behind
                    throw e;
                }
                done = true;
                return bound;
            } finally {
                if (!done) {
                    closeQuietly(channel);
                }
                deleteQuietly(temp);
            }
        }
    }

    private static ServerSocketChannel open() throws HttpServerException {
        try {
            return ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException e) {
            throw new HttpServerException(HttpMessages.cannotOpen(e), e);
        }
    }

    private static void bindTemp(ServerSocketChannel channel, Path temp, int chmod) throws HttpServerException {
        try {
            // The JDK binds and listens in one step; Supervisor listens later, which no client can tell apart.
            channel.bind(UnixDomainSocketAddress.of(temp), BACKLOG);
            // Following links makes the JDK call chmod(2); its no-follow path opens the file, which fails
            // for a socket (ENXIO). The temp name is the socket we just bound, never a link.
            Files.setAttribute(temp, "unix:mode", chmod);
        } catch (IOException e) {
            boolean tooLong = e instanceof SocketException && "Unix domain path too long".equals(e.getMessage());
            throw new HttpServerException(tooLong ? HttpMessages.UNIX_PATH_TOO_LONG : HttpMessages.cannotOpen(e), e);
        }
    }

    private static void unlinkStale(Path file) throws HttpServerException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Deviation from 4.2.5: Supervisor ignores this and retries forever (e.g. a directory at `file`).
            throw new HttpServerException(HttpMessages.cannotOpen(e), e);
        }
    }

    private static void chown(UnixSocketSpec spec) throws HttpServerException {
        try {
            if (spec.chownUid().isPresent()) {
                Files.setAttribute(spec.file(), "unix:uid", spec.chownUid().getAsInt(), LinkOption.NOFOLLOW_LINKS);
            }
            if (spec.chownGid().isPresent()) {
                Files.setAttribute(spec.file(), "unix:gid", spec.chownGid().getAsInt(), LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            if (Errno.of(e).filter(errno -> errno == Errno.EPERM).isPresent()) {
                throw new HttpServerException(HttpMessages.chownNotPermitted(spec.file(), spec.chownUid(),
                        spec.chownGid(), System.getProperty("user.name")), e);
            }
            throw new HttpServerException(HttpMessages.cannotOpen(e), e);
        }
    }

    private static Object fileKey(Path file) throws HttpServerException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            throw new HttpServerException(HttpMessages.cannotOpen(e), e);
        }
    }

    private static void sleep(Duration d) throws HttpServerException {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpServerException("interrupted while waiting to retry a stale socket", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Supervisor ignores this too; a failed bind will report the real problem
        }
    }

    private static void closeQuietly(ServerSocketChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing useful to do
        }
    }
}
