package org.supervisorj.server.http.ui;

/**
 * Settings of the web UI that Supervisor's config file has no key for.
 *
 * @param legacyActions whether {@code index.html?action=...} (Supervisor's GET actions) may change
 *                      state; they cannot be protected against cross-site request forgery
 */
public record WebUiOptions(boolean legacyActions) {
    /** The system property that turns the legacy actions off: {@code -Dsupervisorj.web.legacyActions=false}. */
    public static final String LEGACY_ACTIONS = "supervisorj.web.legacyActions";

    public static WebUiOptions defaults() {
        return new WebUiOptions(true);
    }

    /**
     * Reads {@link #LEGACY_ACTIONS} (a system property, so that the config file stays one Python's
     * supervisord reads too); absent means on, as in Supervisor.
     *
     * @throws IllegalArgumentException for a value other than true or false
     */
    public static WebUiOptions fromSystemProperties() {
        String v = System.getProperty(LEGACY_ACTIONS, "true");
        return switch (v) {
            case "true" -> new WebUiOptions(true);
            case "false" -> new WebUiOptions(false);
            default -> throw new IllegalArgumentException(LEGACY_ACTIONS + " must be true or false, not '" + v + "'");
        };
    }
}
