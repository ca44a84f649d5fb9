package org.xnio.nio;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import org.xnio.Option;

/**
 * An accepted AF_UNIX connection as an XNIO {@link org.xnio.StreamConnection}, so that Undertow's
 * {@code HttpOpenListener} serves it exactly like a TCP connection. Supports no socket options.
 */
final class UnixDomainStreamConnection extends AbstractNioStreamConnection {
    private final UnixDomainConduit conduit;

    UnixDomainStreamConnection(WorkerThread thread, SelectionKey key) {
        super(thread);
        conduit = new UnixDomainConduit(thread, key, this);
        key.attach(conduit);
        setSourceConduit(conduit);
        setSinkConduit(conduit);
    }

    @Override
    public SocketAddress getPeerAddress() {
        // An UnixDomainSocketAddress (usually unnamed); Undertow asks for InetSocketAddress and gets null.
        try {
            return conduit.channel().getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public SocketAddress getLocalAddress() {
        try {
            return conduit.channel().getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean supportsOption(Option<?> option) {
        return false;
    }

    @Override
    public <T> T getOption(Option<T> option) {
        return null;
    }

    @Override
    public <T> T setOption(Option<T> option, T value) {
        return null;
    }

    @Override
    protected void closeAction() throws IOException {
        try {
            conduit.cancelKey(false);
            conduit.channel().close();
        } catch (ClosedChannelException ignored) {
            // closed twice: fine
        }
    }

    @Override
    protected void notifyWriteClosed() {
        conduit.writeTerminated();
        super.notifyWriteClosed();
    }

    @Override
    protected void notifyReadClosed() {
        conduit.readTerminated();
        super.notifyReadClosed();
    }
}
