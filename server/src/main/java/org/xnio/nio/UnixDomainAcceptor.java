package org.xnio.nio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.StreamConnection;
import org.xnio.XnioWorker;

/**
 * Accepts AF_UNIX connections on the selector of an XNIO NIO worker and hands each one, as a
 * {@link StreamConnection}, to an open listener (Undertow's {@code HttpOpenListener}). The listening
 * channel and every connection live on the worker's own I/O threads: no extra thread, no copying.
 *
 * <p>This class and its two helpers sit in XNIO's package because they use its package-private
 * selector API ({@link NioHandle}, {@link WorkerThread#registerChannel}, {@link NioXnioWorker#chooseThread}).
 * That API is pinned by the xnio-nio version in the parent pom; see docs/http-transport.md.
 */
public final class UnixDomainAcceptor implements Closeable {
    /** Connections accepted per readiness event before yielding to other keys of the same selector. */
    private static final int ACCEPT_BATCH = 64;

    private final ServerSocketChannel server;
    private final Handle handle;

    private UnixDomainAcceptor(ServerSocketChannel server, Handle handle) {
        this.server = server;
        this.handle = handle;
    }

    /**
     * Starts accepting on {@code server}, which must be bound (and listening) to a UNIX address.
     *
     * @param worker       an XNIO worker from the NIO provider
     * @param server       bound AF_UNIX channel; it is switched to non-blocking and owned by the result
     * @param openListener receives every accepted connection, on the I/O thread that will serve it
     */
    public static UnixDomainAcceptor start(XnioWorker worker, ServerSocketChannel server,
            ChannelListener<? super StreamConnection> openListener) throws IOException {
        if (!(worker instanceof NioXnioWorker nio)) {
            throw new IllegalArgumentException("needs the XNIO NIO provider, got " + worker.getClass().getName());
        }
        server.configureBlocking(false);
        WorkerThread thread = nio.chooseThread();
        SelectionKey key = thread.registerChannel(server);
        Handle handle = new Handle(thread, key, nio, server, openListener);
        key.attach(handle);
        handle.resume(SelectionKey.OP_ACCEPT);
        return new UnixDomainAcceptor(server, handle);
    }

    /** Stops accepting and closes the listening channel; open connections are not touched. */
    @Override
    public void close() {
        handle.cancelKey(false);
        IoUtils.safeClose(server);
    }

    private static final class Handle extends NioHandle {
        private final NioXnioWorker worker;
        private final ServerSocketChannel server;
        private final ChannelListener<? super StreamConnection> openListener;

        Handle(WorkerThread thread, SelectionKey key, NioXnioWorker worker, ServerSocketChannel server,
                ChannelListener<? super StreamConnection> openListener) {
            super(thread, key);
            this.worker = worker;
            this.server = server;
            this.openListener = openListener;
        }

        @Override
        void handleReady(int ops) {
            for (int i = 0; i < ACCEPT_BATCH; i++) {
                SocketChannel accepted;
                try {
                    accepted = server.accept();
                } catch (IOException e) {
                    return; // e.g. EMFILE: the key stays armed, so we retry on the next select
                }
                if (accepted == null) {
                    return;
                }
                dispatch(accepted);
            }
        }

        private void dispatch(SocketChannel channel) {
            try {
                channel.configureBlocking(false);
                WorkerThread thread = worker.chooseThread();
                thread.execute(() -> open(thread, channel));
            } catch (IOException | RuntimeException e) {
                IoUtils.safeClose(channel); // worker shutting down, or the peer already left
            }
        }

        private void open(WorkerThread thread, SocketChannel channel) {
            try {
                SelectionKey key = thread.registerChannel(channel);
                ChannelListeners.invokeChannelListener(new UnixDomainStreamConnection(thread, key), openListener);
            } catch (IOException | RuntimeException e) {
                IoUtils.safeClose(channel);
            }
        }

        @Override
        void forceTermination() {
            IoUtils.safeClose(server);
        }

        @Override
        void terminated() {
            // nothing to notify: the owner closes us explicitly
        }
    }
}
