package org.supervisorj.server.http;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

import org.supervisorj.server.log.MainLog;
import org.supervisorj.server.rpc.RpcMethods;

/**
 * Supervisor's URL space, matched by prefix as medusa does: {@code /RPC2} for XML-RPC,
 * {@code /logtail/...} and {@code /mainlogtail} for streaming logs, everything else to the web UI.
 */
public final class Routes implements HttpHandler {
    private final HttpHandler xmlrpc;
    private final HttpHandler logtail;
    private final HttpHandler mainlogtail;
    private final HttpHandler ui;

    Routes(HttpHandler xmlrpc, HttpHandler logtail, HttpHandler mainlogtail, HttpHandler ui) {
        this.xmlrpc = xmlrpc;
        this.logtail = logtail;
        this.mainlogtail = mainlogtail;
        this.ui = ui;
    }

    /**
     * @param processLog  maps "name" or "group:name/stderr" to the log file to stream
     * @param mainLogFile the activity log file, if it is a file
     * @param streams     runs one task per streaming response (virtual threads)
     * @param ui          everything that is not the API
     */
    public static Routes of(RpcMethods methods, MainLog log, Function<String, Optional<Path>> processLog,
                            Supplier<Optional<Path>> mainLogFile, ExecutorService streams, HttpHandler ui) {
        return new Routes(new XmlRpcHandler(methods, log), new LogTailHandler(processLog, streams, false),
                new LogTailHandler(rest -> mainLogFile.get(), streams, true), ui);
    }

    /** The handler for paths nobody serves: medusa's 404 page. */
    public static HttpHandler notFound() {
        return exchange -> ErrorPage.send(exchange, 404);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (path.startsWith("/RPC2")) {
            xmlrpc.handleRequest(exchange);
        } else if (path.startsWith("/logtail")) {
            logtail.handleRequest(exchange);
        } else if (path.startsWith("/mainlogtail")) {
            mainlogtail.handleRequest(exchange);
        } else {
            ui.handleRequest(exchange);
        }
    }

    @Override
    public String toString() {
        return "routes(/RPC2, /logtail, /mainlogtail, ui)";
    }
}
