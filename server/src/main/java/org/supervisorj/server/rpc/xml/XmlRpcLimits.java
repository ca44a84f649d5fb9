package org.supervisorj.server.rpc.xml;

/**
 * Bounds on what {@link XmlRpcReader} accepts, so that a hostile body costs little memory and CPU.
 *
 * @param maxBytes    the largest body, in bytes
 * @param maxDepth    the deepest element nesting (methodCall/params/param/value counts 4, each array
 *                    or struct level adds 3)
 * @param maxElements the most elements in one document
 */
public record XmlRpcLimits(int maxBytes, int maxDepth, int maxElements) {
    /**
     * 4 MiB, depth 64, 500,000 elements. Supervisor's own calls are a few hundred bytes; the largest
     * legitimate bodies are multicalls and getAllProcessInfo answers, far below these.
     */
    public static final XmlRpcLimits DEFAULT = new XmlRpcLimits(4 << 20, 64, 500_000);

    public XmlRpcLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxElements <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxDepth + ", " + maxElements);
        }
    }
}
