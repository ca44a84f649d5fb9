package org.supervisorj.server;

/** The versions this server reports. */
public final class Versions {
    /** supervisor.getSupervisorVersion and -v: the Supervisor release whose behaviour we implement. */
    public static final String SUPERVISOR = "4.2.5";
    /** supervisor.getAPIVersion. */
    public static final String API = "3.0";
    /** Our own release, reported by the HTTP Server header and the web UI footer. */
    public static final String PROJECT = projectVersion();

    private Versions() {
    }

    private static String projectVersion() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
