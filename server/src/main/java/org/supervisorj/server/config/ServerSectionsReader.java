package org.supervisorj.server.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.config.value.InetPort;
import org.supervisorj.server.config.value.InvalidValueException;
import org.supervisorj.server.config.value.Octal;
import org.supervisorj.server.config.value.PathContext;
import org.supervisorj.server.config.value.PyPaths;
import org.supervisorj.server.config.value.UidGid;

/** Every section whose name starts with inet_http_server, then unix_http_server (Supervisor's order). */
final class ServerSectionsReader {
    private final Getter getter;
    private final String here;
    private final PathContext paths;

    ServerSectionsReader(Getter getter, String here, PathContext paths) {
        this.getter = getter;
        this.here = here;
        this.paths = paths;
    }

    List<InetHttpServerConfig> inet() throws ConfigException {
        List<InetHttpServerConfig> out = new ArrayList<>();
        for (String section : getter.doc().sections()) {
            if (!section.startsWith("inet_http_server")) {
                continue;
            }
            Optional<Credentials> credentials = credentials(section);
            String port = getter.get(section, "port", null, Map.of());
            if (port == null) {
                throw new ConfigException("section [" + section + "] has no port value");
            }
            InetPort address = Checked.call(() -> InetPort.parse(port));
            out.add(new InetHttpServerConfig(section, address.host(), address.port(), credentials));
        }
        return out;
    }

    List<UnixHttpServerConfig> unix() throws ConfigException {
        List<UnixHttpServerConfig> out = new ArrayList<>();
        for (String section : getter.doc().sections()) {
            if (!section.startsWith("unix_http_server")) {
                continue;
            }
            String file = getter.get(section, "file", null, Map.of("here", here));
            if (file == null) {
                throw new ConfigException("section [" + section + "] has no file value");
            }
            Path socket = Path.of(PyPaths.normalize(PyText.strip(file), paths));
            Optional<Credentials> credentials = credentials(section);
            String chownRaw = getter.get(section, "chown", null, Map.of());
            Optional<Owner> chown = Optional.empty();
            if (chownRaw != null) {
                try {
                    UidGid ug = UidGid.parse(chownRaw);
                    chown = Optional.of(new Owner(ug.uid(), ug.gid()));
                } catch (InvalidValueException e) {
                    throw new ConfigException("Invalid sockchown value " + chownRaw);
                }
            }
            String chmodRaw = getter.get(section, "chmod", null, Map.of());
            int chmod = 0700;
            if (chmodRaw != null) {
                try {
                    chmod = Octal.parse(chmodRaw);
                } catch (InvalidValueException e) {
                    throw new ConfigException("Invalid chmod value " + chmodRaw);
                }
            }
            out.add(new UnixHttpServerConfig(section, socket, chmod, chown, credentials));
        }
        return out;
    }

    private Optional<Credentials> credentials(String section) throws ConfigException {
        String username = getter.get(section, "username", null, Map.of());
        String password = getter.get(section, "password", null, Map.of());
        if (username == null && password == null) {
            return Optional.empty();
        }
        if (username == null || password == null) {
            throw new ConfigException("Section [" + section + "] contains incomplete authentication: If a username "
                    + "or a password is specified, both the username and password must be specified");
        }
        return Optional.of(new Credentials(username, password));
    }
}
