package org.supervisorj.server.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.config.value.InetPort;
import org.supervisorj.server.config.value.InvalidValueException;
import org.supervisorj.server.config.value.Octal;
import org.supervisorj.server.config.value.PyInt;
import org.supervisorj.server.config.value.PyPaths;
import org.supervisorj.server.config.value.UidGid;
import org.supervisorj.server.config.value.Users;
import org.supervisorj.server.text.PyRepr;

/** The socket options of an [fcgi-program:x] section (Supervisor's fcgi part of process_groups_from_parser). */
final class FcgiSocketReader {
    private static final Pattern TCP = Pattern.compile("tcp://([^\\s:]+):(\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

    private final Getter getter;
    private final ProgramSectionReader.Context ctx;

    FcgiSocketReader(Getter getter, ProgramSectionReader.Context ctx) {
        this.getter = getter;
        this.ctx = ctx;
    }

    FcgiSocketConfig read(String section, String programName) throws ConfigException {
        Map<String, Object> here = Map.of("here", ctx.here());
        String userRaw = getter.get(section, "user", null, here);
        Integer procUid = userRaw == null ? null : Checked.call(() -> Users.nameToUid(userRaw));
        String backlogRaw = getter.get(section, "socket_backlog", null, here);
        Integer backlog = null;
        if (backlogRaw != null) {
            backlog = Checked.call(() -> PyInt.parseInt(backlogRaw));
            if (backlog < 1 || backlog > 65535) {
                throw new ConfigException("Invalid socket_backlog value " + backlog);
            }
        }
        String ownerRaw = getter.get(section, "socket_owner", null, here);
        UidGid owner = null;
        if (ownerRaw != null) {
            try {
                owner = UidGid.parse(ownerRaw);
            } catch (InvalidValueException e) {
                throw new ConfigException("Invalid socket_owner value " + ownerRaw);
            }
        }
        String modeRaw = getter.get(section, "socket_mode", null, here);
        Integer mode = null;
        if (modeRaw != null) {
            try {
                mode = Octal.parse(modeRaw);
            } catch (InvalidValueException e) {
                throw new ConfigException("Invalid socket_mode value " + modeRaw);
            }
        }
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("program_name", programName);
        names.put("here", ctx.here());
        String socket = getter.get(section, "socket", null, names);
        if (socket == null || socket.isEmpty()) {
            throw new ConfigException("[" + section + "] section requires a \"socket\" line");
        }
        try {
            return parse(socket, procUid, owner, mode, backlog);
        } catch (ConfigException e) {
            throw new ConfigException(e.getMessage() + " in [" + section + "] socket");
        }
    }

    private FcgiSocketConfig parse(String sock, Integer procUid, UidGid owner, Integer mode, Integer backlog)
            throws ConfigException {
        int listenBacklog = backlog == null ? FcgiSocketConfig.SOMAXCONN : backlog;
        if (sock.startsWith("unix://")) {
            String path = sock.substring(7);
            if (!path.startsWith("/")) {
                // Supervisor quirk (spec §3.5): a two-argument ValueError prints as a tuple. Kept.
                throw new ConfigException("('Unix socket path %s is not an absolute path', " + PyRepr.of(path) + ")");
            }
            path = PyPaths.normalize(path, ctx.paths());
            Optional<Owner> sockOwner = Optional.ofNullable(owner).map(o -> new Owner(o.uid(), o.gid()));
            if (owner == null && procUid != null && procUid != currentUid()) {
                int gid = Users.byUid(procUid).map(Users.Entry::gid).orElse(-1);
                sockOwner = Optional.of(new Owner(procUid, gid));
            }
            return new FcgiSocketConfig("unix://" + path, listenBacklog, sockOwner, mode == null ? 0700 : mode);
        }
        if (owner != null || mode != null) {
            throw new ConfigException("socket_owner and socket_mode params should only be used with a Unix domain socket");
        }
        Matcher m = TCP.matcher(sock);
        if (m.matches()) {
            String host = PyText.lower(m.group(1));
            int port = Checked.call(() -> InetPort.portNumber(m.group(2)));
            return new FcgiSocketConfig("tcp://" + host + ":" + port, listenBacklog, Optional.empty(), 0);
        }
        throw new ConfigException("('Bad socket format %s', " + PyRepr.of(sock) + ")");
    }

    private static int currentUid() {
        try {
            return (Integer) java.nio.file.Files.getAttribute(java.nio.file.Path.of("/proc/self"), "unix:uid");
        } catch (Exception e) {
            return -1;
        }
    }
}
