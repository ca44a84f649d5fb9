package org.supervisorj.server.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.supervisorj.server.rpc.xml.XmlRpcWriter;

/**
 * Writers lent to answers for as long as their bytes are being sent. An answer is sent straight from
 * its writer's buffer, and the buffer is used again by a later answer: getAllProcessInfo of 2,000
 * processes is 1.4 MB, and a fresh array per answer outlived young collections while slow clients read
 * it, filled the old generation and grew the heap for good (48 MB of dead answers measured).
 */
final class XmlRpcWriterPool {
    /**
     * Writers kept while idle, each with a buffer of up to 4 MiB: answers sent at the same time beyond
     * this get writers that are then dropped.
     */
    private static final int KEPT = 4;

    private final BlockingQueue<XmlRpcWriter> idle = new ArrayBlockingQueue<>(KEPT);

    XmlRpcWriter borrow() {
        XmlRpcWriter writer = idle.poll();
        return writer != null ? writer : new XmlRpcWriter();
    }

    /** Once its answer has been sent (or failed): the writer's buffer is not read any more. */
    void giveBack(XmlRpcWriter writer) {
        idle.offer(writer);
    }
}
