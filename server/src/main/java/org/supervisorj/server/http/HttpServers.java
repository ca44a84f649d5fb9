package org.supervisorj.server.http;

import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;
import org.xnio.nio.UnixDomainAcceptor;

/**
 * Supervisor's HTTP servers: every {@code [inet_http_server*]} and {@code [unix_http_server*]} section
 * becomes a listener, all served by one small XNIO worker with the same handler chain, each behind Basic
 * auth when its section has credentials.
 *
 * <p>Threads: {@value #IO_THREADS} I/O thread (all parsing, auth and socket work) plus XNIO's accept thread; a
 * task pool of at most {@value #TASK_THREADS_MAX} threads, created on demand, for handlers that dispatch.
 * Lifecycle:
 * <ol>
 *   <li>{@link #start} opens the inet servers, then the unix ones (Supervisor's order); on the first
 *       failure everything opened so far is closed again and the exception carries Supervisor's text;</li>
 *   <li>{@link #close} stops accepting, unlinks the socket files we created (if still ours), closes open
 *       connections and stops the threads.</li>
 * </ol>
 */
public final class HttpServers implements AutoCloseable {
    static final int IO_THREADS = 1;
    static final int TASK_THREADS_CORE = 1;
    static final int TASK_THREADS_MAX = 4;
    static final int BUFFER_SIZE = 16 * 1024;

    static {
        HttpLogging.quiet();
    }

    private final XnioWorker worker;
    private final ByteBufferPool buffers;
    private final List<AcceptingChannel<StreamConnection>> tcpServers = new ArrayList<>();
    private final List<InetSocketAddress> tcpAddresses = new ArrayList<>();
    private final List<UnixDomainAcceptor> unixAcceptors = new ArrayList<>();
    private final List<BoundUnixSocket> unixSockets = new ArrayList<>();
    private boolean closed;

    private HttpServers(XnioWorker worker, ByteBufferPool buffers) {
        this.worker = worker;
        this.buffers = buffers;
    }

    /** Opens all servers, or none; a failure's message is Supervisor's (print it as {@code Error: <msg>}). */
    public static HttpServers start(List<UnixSocketSpec> unix, List<InetSocketSpec> inet, HttpHandler routes)
            throws HttpServerException {
        return start(unix, inet, routes, System.err);
    }

    /** As above; {@code stderr} receives the "Unlinking stale socket" notice. */
    static HttpServers start(List<UnixSocketSpec> unix, List<InetSocketSpec> inet, HttpHandler routes,
            PrintStream stderr) throws HttpServerException {
        HttpServers servers = new HttpServers(newWorker(), new DefaultByteBufferPool(true, BUFFER_SIZE));
        try {
            for (InetSocketSpec spec : inet) {
                servers.openInet(spec, chain(spec.auth(), routes));
            }
            UnixSocketBinder binder = new UnixSocketBinder(stderr);
            for (UnixSocketSpec spec : unix) {
                servers.openUnix(binder, spec, chain(spec.auth(), routes));
            }
            return servers;
        } catch (HttpServerException | RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    /** Bound TCP addresses, in the order of the specs (useful with port 0). */
    public List<InetSocketAddress> inetAddresses() {
        return List.copyOf(tcpAddresses);
    }

    private static HttpHandler chain(Optional<Credentials> auth, HttpHandler routes) {
        return auth.<HttpHandler>map(credentials -> new BasicAuthHandler(credentials, routes)).orElse(routes);
    }

    private static XnioWorker newWorker() throws HttpServerException {
        OptionMap options = OptionMap.builder()
                .set(Options.WORKER_NAME, "supervisorj-http")
                .set(Options.WORKER_IO_THREADS, IO_THREADS)
                .set(Options.WORKER_TASK_CORE_THREADS, TASK_THREADS_CORE)
                .set(Options.WORKER_TASK_MAX_THREADS, TASK_THREADS_MAX)
                .set(Options.THREAD_DAEMON, true)
                .getMap();
        try {
            return Xnio.getInstance("nio", HttpServers.class.getClassLoader()).createWorker(options);
        } catch (IOException e) {
            throw new HttpServerException(HttpMessages.cannotOpen(e), e);
        }
    }

    private HttpOpenListener openListener(HttpHandler handler) {
        HttpOpenListener listener = new HttpOpenListener(buffers, OptionMap.EMPTY);
        listener.setRootHandler(handler);
        return listener;
    }

    private void openInet(InetSocketSpec spec, HttpHandler handler) throws HttpServerException {
        InetSocketAddress address = InetAddresses.resolve(spec);
        OptionMap socketOptions = OptionMap.builder()
                .set(Options.BACKLOG, UnixSocketBinder.BACKLOG)
                .set(Options.REUSE_ADDRESSES, true) // as medusa's set_reuse_addr
                .set(Options.TCP_NODELAY, true)
                .getMap();
        try {
            AcceptingChannel<StreamConnection> server = worker.createStreamConnectionServer(address,
                    ChannelListeners.openListenerAdapter(openListener(handler)), socketOptions);
            tcpServers.add(server);
            tcpAddresses.add(server.getLocalAddress(InetSocketAddress.class));
            server.resumeAccepts();
        } catch (IOException e) {
            boolean inUse = e instanceof BindException && Errno.of(e).filter(errno -> errno == Errno.EADDRINUSE).isPresent();
            throw new HttpServerException(inUse ? HttpMessages.ADDRESS_IN_USE : HttpMessages.cannotOpen(e), e);
        }
    }

    private void openUnix(UnixSocketBinder binder, UnixSocketSpec spec, HttpHandler handler)
            throws HttpServerException {
        BoundUnixSocket bound = binder.bind(spec);
        unixSockets.add(bound);
        try {
            unixAcceptors.add(UnixDomainAcceptor.start(worker, bound.channel(), openListener(handler)));
        } catch (IOException e) {
            IoUtils.safeClose(bound.channel());
            throw new HttpServerException(HttpMessages.cannotOpen(e), e);
        }
    }

    /** Idempotent. Waits (briefly) for the I/O threads to finish closing connections. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        tcpServers.forEach(IoUtils::safeClose);
        unixAcceptors.forEach(UnixDomainAcceptor::close);
        for (BoundUnixSocket socket : unixSockets) {
            IoUtils.safeClose(socket.channel());
            socket.unlinkIfOurs();
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        buffers.close();
    }
}
