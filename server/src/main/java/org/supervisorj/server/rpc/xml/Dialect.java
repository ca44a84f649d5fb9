package org.supervisorj.server.rpc.xml;

/** Whose decoder a document is read like: the two Python decoders differ on a few scalars. */
enum Dialect {
    /** supervisord's own loads() (supervisor/xmlrpc.py), used on methodCalls. */
    SUPERVISORD,
    /** Python's xmlrpc.client.Unmarshaller, used by supervisorctl on methodResponses. */
    XMLRPC_CLIENT
}
