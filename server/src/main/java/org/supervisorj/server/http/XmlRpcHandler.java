package org.supervisorj.server.http;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletionException;

import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;

import org.supervisorj.server.log.MainLog;
import org.supervisorj.server.rpc.RpcMethods;
import org.supervisorj.server.rpc.xml.Fault;
import org.supervisorj.server.rpc.xml.RpcFault;
import org.supervisorj.server.rpc.xml.XmlRpcParseException;
import org.supervisorj.server.rpc.xml.XmlRpcReader;
import org.supervisorj.server.rpc.xml.XmlRpcRequest;
import org.supervisorj.server.rpc.xml.XmlRpcWriter;
import org.supervisorj.server.text.PyRepr;

/**
 * POST /RPC2: decodes the call, dispatches it through the whitelist and writes the answer. A call
 * that waits (start with wait=true) holds its connection open without holding a thread.
 * Unparseable requests get HTTP 400, as supervisord answers; faults are HTTP 200 fault responses.
 */
final class XmlRpcHandler implements HttpHandler {
    private final XmlRpcWriterPool writers = new XmlRpcWriterPool();

    private final XmlRpcReader reader = new XmlRpcReader();
    private final RpcMethods methods;
    private final MainLog log;

    XmlRpcHandler(RpcMethods methods, MainLog log) {
        this.methods = methods;
        this.log = log;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (!exchange.getRequestMethod().equals(Methods.POST)) {
            ErrorPage.send(exchange, 400);
            return;
        }
        if (!exchange.getRequestHeaders().contains(Headers.CONTENT_LENGTH)
                && !exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING)) {
            ErrorPage.send(exchange, 411);
            return;
        }
        exchange.setMaxEntitySize(reader.limits().maxBytes());
        exchange.getRequestReceiver().receiveFullBytes(this::handleBody,
                (ex, e) -> ErrorPage.send(ex, 400));
    }

    private void handleBody(HttpServerExchange exchange, byte[] body) {
        XmlRpcRequest call;
        try {
            call = reader.readCall(body);
        } catch (XmlRpcParseException e) {
            String why = e.reason() == XmlRpcParseException.Reason.NO_METHOD_NAME ? "no method name" : "unmarshallable";
            log.error("XML-RPC request data " + PyRepr.of(body) + " is invalid: " + why);
            ErrorPage.send(exchange, 400);
            return;
        }
        log.trace("XML-RPC method called: " + call.methodName() + "()");
        // The answer is encoded on the I/O thread: most methods complete on the engine thread, which
        // should go back to the processes rather than write XML.
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> methods.call(call.methodName(), call.params())
                .whenCompleteAsync((value, failure) -> answer(exchange, body, call, value, failure),
                        exchange.getIoThread()));
    }

    private void answer(HttpServerExchange exchange, byte[] body, XmlRpcRequest call, Object value, Throwable failure) {
        RpcFault fault = null;
        if (failure != null) {
            fault = faultOf(failure);
            if (fault == null) {
                internalError(exchange, body, failure);
                return;
            }
            log.trace("XML-RPC method " + call.methodName() + "() returned fault: [" + fault.code() + "] "
                    + fault.faultString());
        }
        XmlRpcWriter writer = writers.borrow();
        ByteBuffer answer;
        try {
            answer = fault == null ? writer.responseInPlace(value) : writer.faultInPlace(fault);
        } catch (RuntimeException e) {
            // An answer XML-RPC cannot carry is an internal error too.
            writers.giveBack(writer);
            internalError(exchange, body, e);
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/xml");
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, answer.remaining());
        exchange.getResponseSender().send(answer, new IoCallback() {
            @Override
            public void onComplete(HttpServerExchange ex, Sender sender) {
                writers.giveBack(writer);
                IoCallback.END_EXCHANGE.onComplete(ex, sender);
            }

            @Override
            public void onException(HttpServerExchange ex, Sender sender, java.io.IOException e) {
                writers.giveBack(writer);
                IoCallback.END_EXCHANGE.onException(ex, sender, e);
            }
        });
    }

    /** What supervisord does when a call raises something that is not a fault: log it, answer 500. */
    private void internalError(HttpServerExchange exchange, byte[] body, Throwable t) {
        log.critical("Handling XML-RPC request with data " + PyRepr.of(body) + " raised an unexpected exception: " + t);
        ErrorPage.send(exchange, 500);
    }

    private static RpcFault faultOf(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RpcFault f) {
            return f;
        }
        if (t != null && t.getCause() instanceof RpcFault f) {
            return f;
        }
        if (t instanceof IllegalArgumentException) {
            // A value the writer cannot express (e.g. an int beyond 32 bits).
            return new RpcFault(Fault.FAILED, t.getMessage());
        }
        return null;
    }

    @Override
    public String toString() {
        return "xml-rpc()";
    }
}
