package org.supervisorj.server.config.value;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * User and group lookups as Supervisor does them (name_to_uid, name_to_gid, gid_for_uid), read from
 * /etc/passwd and /etc/group.
 */
// Deviation from 4.2.5: Python asks NSS (getpwnam); users known only to LDAP/sssd are not found here.
public final class Users {
    private static final Path PASSWD = Path.of("/etc/passwd");
    private static final Path GROUP = Path.of("/etc/group");

    private Users() {
    }

    /** A passwd entry: name, uid, gid, home. */
    public record Entry(String name, int uid, int gid, String home) {
    }

    /** name_to_uid: a number must be a known uid, a name a known user. */
    public static int nameToUid(String name) throws InvalidValueException {
        BigInteger n = PyInt.tryParse(name);
        if (n == null) {
            return byName(name).orElseThrow(() -> new InvalidValueException("Invalid user name " + name)).uid();
        }
        if (n.bitLength() >= 32 || byUid(n.intValue()).isEmpty()) {
            throw new InvalidValueException("Invalid user id " + name);
        }
        return n.intValue();
    }

    /** name_to_gid: a number must be a known gid, a name a known group. */
    public static int nameToGid(String name) throws InvalidValueException {
        BigInteger n = PyInt.tryParse(name);
        List<String[]> groups = read(GROUP);
        if (n == null) {
            for (String[] g : groups) {
                if (g.length > 2 && g[0].equals(name)) {
                    return Integer.parseInt(g[2]);
                }
            }
            throw new InvalidValueException("Invalid group name " + name);
        }
        for (String[] g : groups) {
            if (g.length > 2 && n.bitLength() < 32 && g[2].equals(Integer.toString(n.intValue()))) {
                return n.intValue();
            }
        }
        throw new InvalidValueException("Invalid group id " + name);
    }

    /** The user a config value names, with the passwd name and primary gid of its uid. */
    public static UserSpec lookup(String nameOrUid) throws InvalidValueException {
        int uid = nameToUid(nameOrUid);
        Entry e = byUid(uid).orElseThrow(() -> new InvalidValueException("Invalid user id " + nameOrUid));
        return new UserSpec(e.name(), e.uid(), e.gid());
    }

    public static Optional<Entry> byName(String name) {
        return entries().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public static Optional<Entry> byUid(int uid) {
        return entries().stream().filter(e -> e.uid() == uid).findFirst();
    }

    private static List<Entry> entries() {
        return read(PASSWD).stream().filter(f -> f.length >= 6).map(f -> {
            try {
                return new Entry(f[0], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[5]);
            } catch (NumberFormatException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static List<String[]> read(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(":", -1)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
