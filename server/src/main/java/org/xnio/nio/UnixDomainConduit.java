package org.xnio.nio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import org.xnio.Bits;
import org.xnio.Xnio;
import org.xnio.XnioIoThread;
import org.xnio.XnioWorker;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.channels.StreamSourceChannel;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.ReadReadyHandler;
import org.xnio.conduits.StreamSinkConduit;
import org.xnio.conduits.StreamSourceConduit;
import org.xnio.conduits.WriteReadyHandler;

/**
 * Both directions of one accepted AF_UNIX connection, driven by the selector of the XNIO I/O thread it
 * is registered on. It follows XNIO's {@code NioSocketConduit} except where AF_UNIX differs: half-close
 * goes through {@link SocketChannel#shutdownInput()}/{@link SocketChannel#shutdownOutput()}, because
 * {@code socket()} (which XNIO uses) is unsupported for AF_UNIX channels. No read/write timeouts: no
 * listener option asks for them.
 */
final class UnixDomainConduit extends NioHandle implements StreamSourceConduit, StreamSinkConduit {
    private final SocketChannel channel;
    private final UnixDomainStreamConnection connection;
    private ReadReadyHandler readReadyHandler;
    private WriteReadyHandler writeReadyHandler;

    UnixDomainConduit(WorkerThread thread, SelectionKey key, UnixDomainStreamConnection connection) {
        super(thread, key);
        this.channel = (SocketChannel) key.channel();
        this.connection = connection;
    }

    SocketChannel channel() {
        return channel;
    }

    @Override
    void handleReady(int ops) {
        if (ops == 0) {
            // Spurious wake-up with nothing ready (the epoll quirk XNIO also guards against).
            int interest = getSelectionKey().interestOps();
            if (interest == 0) {
                forceTermination();
                return;
            }
            ops = interest;
        }
        if (Bits.allAreSet(ops, SelectionKey.OP_READ)) {
            try {
                if (isReadShutdown()) {
                    suspendReads();
                }
                readReadyHandler.readReady();
            } catch (Throwable ignored) {
                // the handler owns its failures; one bad connection must not stop the selector loop
            }
        }
        if (Bits.allAreSet(ops, SelectionKey.OP_WRITE)) {
            try {
                if (isWriteShutdown()) {
                    suspendWrites();
                }
                writeReadyHandler.writeReady();
            } catch (Throwable ignored) {
                // as above
            }
        }
    }

    @Override
    void forceTermination() {
        ReadReadyHandler read = readReadyHandler;
        if (read != null) {
            read.forceTermination();
        }
        WriteReadyHandler write = writeReadyHandler;
        if (write != null) {
            write.forceTermination();
        }
    }

    @Override
    void terminated() {
        readTerminated();
        writeTerminated();
    }

    @Override
    public XnioWorker getWorker() {
        return getWorkerThread().getWorker();
    }

    // ---- sink (writes) ----

    @Override
    public long transferFrom(FileChannel src, long position, long count) throws IOException {
        return src.transferTo(position, count, channel);
    }

    @Override
    public long transferFrom(StreamSourceChannel source, long count, ByteBuffer throughBuffer) throws IOException {
        return Conduits.transfer(source, count, throughBuffer, this);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return channel.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        return length == 1 ? channel.write(srcs[offset]) : channel.write(srcs, offset, length);
    }

    @Override
    public int writeFinal(ByteBuffer src) throws IOException {
        return Conduits.writeFinalBasic(this, src);
    }

    @Override
    public long writeFinal(ByteBuffer[] srcs, int offset, int length) throws IOException {
        return Conduits.writeFinalBasic(this, srcs, offset, length);
    }

    @Override
    public boolean flush() {
        return true;
    }

    @Override
    public void terminateWrites() throws IOException {
        if (connection.writeClosed()) {
            try {
                if (getSelectionKey().isValid()) {
                    suspend(SelectionKey.OP_WRITE);
                }
                if (channel.isOpen()) {
                    channel.shutdownOutput(); // the one line that differs: XNIO calls socket().shutdownOutput()
                }
            } catch (ClosedChannelException ignored) {
                // already gone: nothing left to shut down
            } finally {
                writeTerminated();
            }
        }
    }

    @Override
    public void truncateWrites() throws IOException {
        terminateWrites();
    }

    void writeTerminated() {
        WriteReadyHandler handler = writeReadyHandler;
        if (handler != null) {
            try {
                handler.terminated();
            } catch (Throwable ignored) {
                // the handler owns its failures
            }
        }
    }

    @Override
    public boolean isWriteShutdown() {
        return connection.isWriteShutdown();
    }

    @Override
    public void resumeWrites() {
        resume(SelectionKey.OP_WRITE);
    }

    @Override
    public void suspendWrites() {
        suspend(SelectionKey.OP_WRITE);
    }

    @Override
    public void wakeupWrites() {
        wakeup(SelectionKey.OP_WRITE);
    }

    @Override
    public boolean isWriteResumed() {
        return isResumed(SelectionKey.OP_WRITE);
    }

    @Override
    public void awaitWritable() throws IOException {
        Xnio.checkBlockingAllowed();
        if (!isWriteShutdown()) {
            SelectorUtils.await((NioXnio) getWorker().getXnio(), channel, SelectionKey.OP_WRITE);
        }
    }

    @Override
    public void awaitWritable(long time, TimeUnit unit) throws IOException {
        Xnio.checkBlockingAllowed();
        if (!isWriteShutdown()) {
            SelectorUtils.await((NioXnio) getWorker().getXnio(), channel, SelectionKey.OP_WRITE, time, unit);
        }
    }

    @Override
    public XnioIoThread getWriteThread() {
        return getWorkerThread();
    }

    @Override
    public void setWriteReadyHandler(WriteReadyHandler handler) {
        writeReadyHandler = handler;
    }

    // ---- source (reads) ----

    @Override
    public long transferTo(long position, long count, FileChannel target) throws IOException {
        return target.transferFrom(channel, position, count);
    }

    @Override
    public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return Conduits.transfer(this, count, throughBuffer, target);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n;
        try {
            n = channel.read(dst);
        } catch (ClosedChannelException e) {
            return -1;
        }
        if (n == -1) {
            terminateReads();
        }
        return n;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        if (length == 1) {
            return read(dsts[offset]);
        }
        long n;
        try {
            n = channel.read(dsts, offset, length);
        } catch (ClosedChannelException e) {
            return -1L;
        }
        if (n == -1L) {
            terminateReads();
        }
        return n;
    }

    @Override
    public void terminateReads() throws IOException {
        if (connection.readClosed()) {
            try {
                if (getSelectionKey().isValid()) {
                    suspend(SelectionKey.OP_READ);
                }
                if (channel.isOpen()) {
                    channel.shutdownInput(); // XNIO: socket().shutdownInput(), unsupported for AF_UNIX
                }
            } catch (ClosedChannelException ignored) {
                // already gone
            } finally {
                readTerminated();
            }
        }
    }

    void readTerminated() {
        ReadReadyHandler handler = readReadyHandler;
        if (handler != null) {
            try {
                handler.terminated();
            } catch (Throwable ignored) {
                // the handler owns its failures
            }
        }
    }

    @Override
    public boolean isReadShutdown() {
        return connection.isReadShutdown();
    }

    @Override
    public void resumeReads() {
        resume(SelectionKey.OP_READ);
    }

    @Override
    public void suspendReads() {
        suspend(SelectionKey.OP_READ);
    }

    @Override
    public void wakeupReads() {
        wakeup(SelectionKey.OP_READ);
    }

    @Override
    public boolean isReadResumed() {
        return isResumed(SelectionKey.OP_READ);
    }

    @Override
    public void awaitReadable() throws IOException {
        Xnio.checkBlockingAllowed();
        SelectorUtils.await((NioXnio) getWorker().getXnio(), channel, SelectionKey.OP_READ);
    }

    @Override
    public void awaitReadable(long time, TimeUnit unit) throws IOException {
        Xnio.checkBlockingAllowed();
        SelectorUtils.await((NioXnio) getWorker().getXnio(), channel, SelectionKey.OP_READ, time, unit);
    }

    @Override
    public XnioIoThread getReadThread() {
        return getWorkerThread();
    }

    @Override
    public void setReadReadyHandler(ReadReadyHandler handler) {
        readReadyHandler = handler;
    }
}
