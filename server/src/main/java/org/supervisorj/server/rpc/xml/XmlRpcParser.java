package org.supervisorj.server.rpc.xml;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Recursive descent over one StAX document. Strict on structure, lenient where Supervisor is: an
 * untyped {@code <value>} is a string, {@code <params>} may be missing, whitespace and comments
 * between elements are ignored, ints and doubles may carry surrounding whitespace.
 *
 * <p>Deviation from 4.2.5: Supervisor's loads() ignores structure it does not know (any root element,
 * {@code <i8>5</i8>} read as the string "5", {@code <nil/>} as None); here an unknown element or a
 * misplaced one is a malformed document, and so is any DOCTYPE or entity reference (Supervisor expands
 * internal entities).
 */
final class XmlRpcParser {
    private final XMLStreamReader r;
    private final Dialect dialect;
    private final XmlRpcLimits limits;
    private int depth;
    private int elements;

    XmlRpcParser(XMLStreamReader r, Dialect dialect, XmlRpcLimits limits) {
        this.r = r;
        this.dialect = dialect;
        this.limits = limits;
    }

    XmlRpcRequest call() throws XMLStreamException, XmlRpcParseException {
        root("methodCall");
        String methodName = null;
        List<Object> params = null;
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "methodName" -> {
                    if (methodName != null) {
                        throw unexpected("methodCall");
                    }
                    methodName = text("methodName");
                }
                case "params" -> {
                    if (params != null) {
                        throw unexpected("methodCall");
                    }
                    params = params();
                }
                default -> throw unexpected("methodCall");
            }
        }
        end();
        if (methodName == null || methodName.isEmpty()) {
            throw new XmlRpcParseException(XmlRpcParseException.Reason.NO_METHOD_NAME, "no method name");
        }
        // Supervisor accepts clients that leave out an empty <params>.
        return new XmlRpcRequest(methodName, params == null ? List.of() : params);
    }

    XmlRpcResponse response() throws XMLStreamException, XmlRpcParseException {
        root("methodResponse");
        if (!nextChild()) {
            throw new XmlRpcParseException("empty <methodResponse>");
        }
        XmlRpcResponse response = switch (r.getLocalName()) {
            case "params" -> {
                List<Object> params = params();
                if (params.size() != 1) {
                    throw new XmlRpcParseException("a methodResponse must hold exactly one param, not " + params.size());
                }
                yield new ValueResponse(params.getFirst());
            }
            case "fault" -> fault();
            default -> throw unexpected("methodResponse");
        };
        if (nextChild()) {
            throw unexpected("methodResponse");
        }
        end();
        return response;
    }

    private FaultResponse fault() throws XMLStreamException, XmlRpcParseException {
        Object v = single("fault");
        // xmlrpc.client builds Fault(**struct): exactly these two members.
        if (v instanceof Map<?, ?> m && m.size() == 2 && m.get("faultCode") instanceof Integer code
                && m.get("faultString") instanceof String string) {
            return new FaultResponse(code, string);
        }
        throw new XmlRpcParseException("a fault must be a struct of int faultCode and string faultString");
    }

    private List<Object> params() throws XMLStreamException, XmlRpcParseException {
        List<Object> params = new ArrayList<>();
        while (nextChild()) {
            if (!r.getLocalName().equals("param")) {
                throw unexpected("params");
            }
            params.add(single("param"));
        }
        return params;
    }

    /** The one {@code <value>} inside the current element, which must hold nothing else. */
    private Object single(String parent) throws XMLStreamException, XmlRpcParseException {
        if (!nextChild()) {
            throw new XmlRpcParseException("empty <" + parent + ">");
        }
        if (!r.getLocalName().equals("value")) {
            throw unexpected(parent);
        }
        Object v = value();
        if (nextChild()) {
            throw unexpected(parent);
        }
        return v;
    }

    /** At the start of {@code <value>}: a typed child, or else the text as a string. */
    private Object value() throws XMLStreamException, XmlRpcParseException {
        StringBuilder text = new StringBuilder();
        Object typed = null;
        while (true) {
            switch (next()) {
                case CHARACTERS, CDATA, SPACE -> {
                    if (typed == null) {
                        text.append(r.getText());
                    }
                }
                case START_ELEMENT -> {
                    if (typed != null) {
                        throw unexpected("value");
                    }
                    typed = typed();
                }
                case END_ELEMENT -> {
                    return typed != null ? typed : text.toString();
                }
                default -> { }
            }
        }
    }

    private Object typed() throws XMLStreamException, XmlRpcParseException {
        String type = r.getLocalName();
        return switch (type) {
            case "int", "i4" -> Scalars.parseInt(text(type));
            case "string" -> text(type);
            case "boolean" -> bool(text(type));
            case "double" -> Scalars.parseDouble(text(type));
            case "dateTime.iso8601" -> Scalars.parseDateTime(text(type));
            case "base64" -> {
                byte[] bytes = Scalars.parseBase64(text(type));
                // Supervisor quirk (xmlrpc.py unmarshallers): supervisord decodes base64 to a str.
                yield dialect == Dialect.SUPERVISORD ? Scalars.utf8(bytes) : bytes;
            }
            case "array" -> array();
            case "struct" -> struct();
            default -> throw new XmlRpcParseException("unsupported value type <" + type + ">");
        };
    }

    private Boolean bool(String text) throws XmlRpcParseException {
        if (dialect == Dialect.SUPERVISORD) {
            // Supervisor quirk (xmlrpc.py unmarshallers): "1" is true and any other text is false.
            return text.equals("1");
        }
        return switch (text) {
            case "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            default -> throw new XmlRpcParseException("invalid boolean value " + Scalars.quote(text));
        };
    }

    private List<Object> array() throws XMLStreamException, XmlRpcParseException {
        if (!nextChild() || !r.getLocalName().equals("data")) {
            throw new XmlRpcParseException("<array> must hold one <data>");
        }
        List<Object> items = new ArrayList<>();
        while (nextChild()) {
            if (!r.getLocalName().equals("value")) {
                throw unexpected("data");
            }
            items.add(value());
        }
        if (nextChild()) {
            throw unexpected("array");
        }
        return items;
    }

    private Map<String, Object> struct() throws XMLStreamException, XmlRpcParseException {
        Map<String, Object> members = new LinkedHashMap<>();
        while (nextChild()) {
            if (!r.getLocalName().equals("member")) {
                throw unexpected("struct");
            }
            if (!nextChild() || !r.getLocalName().equals("name")) {
                throw new XmlRpcParseException("<member> must hold <name> then <value>");
            }
            String name = text("name");
            if (!nextChild() || !r.getLocalName().equals("value")) {
                throw new XmlRpcParseException("<member> must hold <name> then <value>");
            }
            members.put(name, value());   // a repeated name keeps its first place and its last value, like a dict
            if (nextChild()) {
                throw unexpected("member");
            }
        }
        return members;
    }

    /** The text of the current element, which must hold no element. */
    private String text(String element) throws XMLStreamException, XmlRpcParseException {
        StringBuilder b = null;
        String first = "";
        while (true) {
            switch (next()) {
                case CHARACTERS, CDATA, SPACE -> {
                    if (b != null) {
                        b.append(r.getText());
                    } else if (first.isEmpty()) {
                        first = r.getText();
                    } else {
                        b = new StringBuilder(first).append(r.getText());
                    }
                }
                case START_ELEMENT -> throw unexpected(element);
                case END_ELEMENT -> {
                    return b != null ? b.toString() : first;
                }
                default -> { }
            }
        }
    }

    private void root(String name) throws XMLStreamException, XmlRpcParseException {
        while (true) {
            switch (next()) {
                case START_ELEMENT -> {
                    if (!r.getLocalName().equals(name)) {
                        throw new XmlRpcParseException("expected <" + name + ">, not <" + r.getLocalName() + ">");
                    }
                    return;
                }
                case END_DOCUMENT -> throw new XmlRpcParseException("no <" + name + "> element");
                case CHARACTERS, CDATA -> {
                    if (!r.isWhiteSpace()) {
                        throw new XmlRpcParseException("text outside the root element");
                    }
                }
                default -> { }
            }
        }
    }

    /** After the root element: only comments and whitespace may follow (the parser checks them). */
    private void end() throws XMLStreamException, XmlRpcParseException {
        while (next() != END_DOCUMENT) {
            if (r.getEventType() == START_ELEMENT) {
                throw new XmlRpcParseException("more than one root element");
            }
        }
    }

    /**
     * Inside a container: skips text and comments; true at the start of a child element, false at the
     * container's end tag. Stray text between elements is ignored, as both Python decoders do.
     */
    private boolean nextChild() throws XMLStreamException, XmlRpcParseException {
        while (true) {
            switch (next()) {
                case START_ELEMENT -> {
                    return true;
                }
                case END_ELEMENT -> {
                    return false;
                }
                case END_DOCUMENT -> throw new XmlRpcParseException("unexpected end of document");
                default -> { }
            }
        }
    }

    private int next() throws XMLStreamException, XmlRpcParseException {
        int event = r.next();
        switch (event) {
            case START_ELEMENT -> {
                if (++elements > limits.maxElements()) {
                    throw new XmlRpcParseException(XmlRpcParseException.Reason.LIMIT_EXCEEDED,
                            "more than " + limits.maxElements() + " elements");
                }
                if (++depth > limits.maxDepth()) {
                    throw new XmlRpcParseException(XmlRpcParseException.Reason.LIMIT_EXCEEDED,
                            "elements nested deeper than " + limits.maxDepth());
                }
            }
            case END_ELEMENT -> depth--;
            case DTD -> throw new XmlRpcParseException("DOCTYPE is not allowed");
            case ENTITY_REFERENCE -> throw new XmlRpcParseException("entity reference &" + r.getLocalName() + "; is not allowed");
            default -> { }
        }
        return event;
    }

    private XmlRpcParseException unexpected(String parent) {
        return new XmlRpcParseException("unexpected <" + r.getLocalName() + "> in <" + parent + ">");
    }
}
