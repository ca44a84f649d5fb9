package org.supervisorj.ctl.config;

import java.util.List;

/**
 * What supervisorctl runs with once the command line, the {@code [supervisorctl]} section and the
 * defaults are combined (the command line wins). Null username/password/historyFile mean unset.
 */
public record ClientSettings(String serverUrl, String username, String password, String prompt,
                             String historyFile, boolean interactive, List<String> args) {
}
