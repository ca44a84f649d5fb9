package org.supervisorj.ctl.client;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supervisorj.server.rpc.xml.FaultResponse;
import org.supervisorj.server.rpc.xml.ValueResponse;
import org.supervisorj.server.rpc.xml.XmlRpcParseException;
import org.supervisorj.server.rpc.xml.XmlRpcReader;
import org.supervisorj.server.rpc.xml.XmlRpcResponse;
import org.supervisorj.server.rpc.xml.XmlRpcWriter;

/**
 * Calls supervisord's XML-RPC methods at {@code /RPC2}: one connection per call, as cheap on a local
 * socket as reusing one and simpler to get right when the server drops idle connections.
 */
public final class RpcClient {
    private static final String USER_AGENT = "supervisorj-ctl";

    private final ServerUrl url;
    private final Credentials credentials;
    private final XmlRpcWriter writer = new XmlRpcWriter();
    private XmlRpcReader reader;

    public RpcClient(ServerUrl url, Credentials credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    public ServerUrl url() {
        return url;
    }

    /**
     * Calls {@code method} (e.g. {@code supervisor.getAllProcessInfo}) and returns its value: Integer,
     * Boolean, String, Double, byte[], LocalDateTime, List or Map.
     */
    public Object call(String method, Object... params) throws FaultException, ProtocolError, IOException {
        byte[] body = writer.call(method, List.of(params));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", url.hostHeader());
        headers.put("Accept-Encoding", "identity");
        headers.put("User-Agent", USER_AGENT);
        headers.put("Content-Type", "text/xml");
        headers.put("Accept", "text/xml");
        headers.put("Connection", "close");
        credentials.rpcAuthorization().ifPresent(a -> headers.put("Authorization", a));
        try (HttpConnection c = HttpConnection.open(url)) {
            c.send("POST", "/RPC2", headers, body);
            HttpConnection.Head head = c.readHead();
            if (head.status() != 200) {
                throw new ProtocolError(head.status(), head.reason());
            }
            byte[] answer = c.readBody(head);
            XmlRpcResponse response = reader().readResponse(answer);
            return switch (response) {
                case ValueResponse v -> v.value();
                case FaultResponse f -> throw new FaultException(f.code(), f.string());
            };
        } catch (XmlRpcParseException e) {
            throw new IOException("bad XML-RPC response: " + e.getMessage(), e);
        }
    }

    // Created on first use: building the StAX factory is start-up work a usage error need not pay.
    private XmlRpcReader reader() {
        if (reader == null) {
            reader = new XmlRpcReader();
        }
        return reader;
    }
}
