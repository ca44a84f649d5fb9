package org.supervisorj.server.rpc.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Decodes XML-RPC documents: a {@code methodCall} as supervisord does ({@link #readCall}), a
 * {@code methodResponse} as Python's supervisorctl does ({@link #readResponse}).
 *
 * <p>Hardened: the JDK's StAX parser runs with DTD support and external entities off, and any DOCTYPE or
 * entity reference is refused before it could be acted on; size, nesting depth and element count are
 * bounded by {@link XmlRpcLimits}. Ints outside 32 bits and types beyond Supervisor's
 * (i8, nil, extension types) are refused.
 *
 * <p>The body is always decoded as strict UTF-8 and an encoding in the XML declaration is ignored,
 * as supervisord does (it decodes the body to text before parsing).
 *
 * <p>Thread-safe: the factory is configured once, and the JDK's factory hands out a new stream reader
 * per document (its reader reuse is off by default).
 */
public final class XmlRpcReader {
    private final XmlRpcLimits limits;
    private final XMLInputFactory factory;

    public XmlRpcReader() {
        this(XmlRpcLimits.DEFAULT);
    }

    public XmlRpcReader(XmlRpcLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        this.factory = f;
    }

    public XmlRpcLimits limits() {
        return limits;
    }

    /** Decodes a methodCall the way supervisord does (server side). */
    public XmlRpcRequest readCall(byte[] body) throws XmlRpcParseException {
        return parse(body, Dialect.SUPERVISORD, XmlRpcParser::call);
    }

    /** Reads at most {@code limits().maxBytes()} + 1 bytes, then decodes them as {@link #readCall(byte[])}. */
    public XmlRpcRequest readCall(InputStream body) throws XmlRpcParseException, IOException {
        return readCall(readBounded(body));
    }

    /** Decodes a methodResponse the way Python's xmlrpc.client does (client side). */
    public XmlRpcResponse readResponse(byte[] body) throws XmlRpcParseException {
        return parse(body, Dialect.XMLRPC_CLIENT, XmlRpcParser::response);
    }

    public XmlRpcResponse readResponse(InputStream body) throws XmlRpcParseException, IOException {
        return readResponse(readBounded(body));
    }

    /** What to read from the document: a call or a response. */
    private interface Document<T> {
        T read(XmlRpcParser parser) throws XMLStreamException, XmlRpcParseException;
    }

    private <T> T parse(byte[] body, Dialect dialect, Document<T> document) throws XmlRpcParseException {
        checkSize(body.length);
        String text = utf8(body);
        if (text.isBlank()) {
            throw new XmlRpcParseException("empty body");
        }
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new StringReader(text));
            return document.read(new XmlRpcParser(r, dialect, limits));
        } catch (XMLStreamException e) {
            throw new XmlRpcParseException("not well-formed XML: " + oneLine(e.getMessage()), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release: the input is a string
                }
            }
        }
    }

    private void checkSize(long size) throws XmlRpcParseException {
        if (size > limits.maxBytes()) {
            throw new XmlRpcParseException(XmlRpcParseException.Reason.LIMIT_EXCEEDED,
                    "body larger than " + limits.maxBytes() + " bytes");
        }
    }

    private byte[] readBounded(InputStream in) throws IOException, XmlRpcParseException {
        byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
        checkSize(bytes.length);
        return bytes;
    }

    private static String utf8(byte[] body) throws XmlRpcParseException {
        int skip = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
        } catch (CharacterCodingException e) {
            // Deviation from 4.2.5: supervisord drops the connection without an answer here.
            throw new XmlRpcParseException("body is not valid UTF-8", e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replace('\n', ' ');
    }
}
