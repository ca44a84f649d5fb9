package org.supervisorj.server.config.value;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's posixpath functions Supervisor uses (expanduser, dirname, abspath, normpath) and its two path
 * validators, existing_directory and existing_dirpath. Relative paths are checked against the context's CWD.
 */
public final class PyPaths {
    private PyPaths() {
    }

    /** os.path.expanduser. */
    public static String expandUser(String path, PathContext context) {
        if (!path.startsWith("~")) {
            return path;
        }
        int i = path.indexOf('/', 1);
        if (i < 0) {
            i = path.length();
        }
        String home;
        if (i == 1) {
            home = context.env().get("HOME");
            if (home == null) {
                home = Users.byUid(currentUid()).map(Users.Entry::home).orElse(null);
                if (home == null) {
                    return path;
                }
            }
        } else {
            home = Users.byName(path.substring(1, i)).map(Users.Entry::home).orElse(null);
            if (home == null) {
                return path;
            }
        }
        while (home.endsWith("/")) {
            home = home.substring(0, home.length() - 1);
        }
        String result = home + path.substring(i);
        return result.isEmpty() ? "/" : result;
    }

    private static int currentUid() {
        try {
            Object uid = Files.getAttribute(java.nio.file.Path.of("/proc/self"), "unix:uid");
            return (Integer) uid;
        } catch (Exception e) {
            return -1;
        }
    }

    /** os.path.dirname. */
    public static String dirname(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            while (head.endsWith("/")) {
                head = head.substring(0, head.length() - 1);
            }
        }
        return head;
    }

    /** os.path.abspath against the context's CWD. */
    public static String abspath(String p, PathContext context) {
        if (!p.startsWith("/")) {
            String cwd = context.cwd().toString();
            p = cwd.endsWith("/") ? cwd + p : cwd + "/" + p;
        }
        return normpath(p);
    }

    /** os.path.normpath (POSIX): a leading "//" survives, "." and ".." are resolved textually. */
    public static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? 1 : 0;
        if (initialSlashes == 1 && path.startsWith("//") && !path.startsWith("///")) {
            initialSlashes = 2;
        }
        List<String> out = new ArrayList<>();
        for (String comp : path.split("/")) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initialSlashes == 0 && out.isEmpty()) || (!out.isEmpty() && out.getLast().equals(".."))) {
                out.add(comp);
            } else if (!out.isEmpty()) {
                out.removeLast();
            }
        }
        String joined = "/".repeat(initialSlashes) + String.join("/", out);
        return joined.isEmpty() ? "." : joined;
    }

    /** Supervisor's normalize_path: normpath(abspath(expanduser(v))). */
    public static String normalize(String v, PathContext context) {
        return abspath(expandUser(v, context), context);
    }

    public static boolean isDirectory(String p, PathContext context) {
        if (p.isEmpty()) {
            return false;
        }
        try {
            return Files.isDirectory(context.cwd().resolve(p));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Supervisor's existing_directory: returns the ~-expanded value. */
    public static String existingDirectory(String v, PathContext context) throws InvalidValueException {
        String nv = expandUser(v, context);
        if (isDirectory(nv, context)) {
            return nv;
        }
        throw new InvalidValueException(v + " is not an existing directory");
    }

    /** Supervisor's existing_dirpath: the directory part must exist; a bare file name is fine. */
    public static String existingDirpath(String v, PathContext context) throws InvalidValueException {
        String nv = expandUser(v, context);
        String dir = dirname(nv);
        if (dir.isEmpty() || isDirectory(dir, context)) {
            return nv;
        }
        throw new InvalidValueException("The directory named as part of the path " + v + " does not exist");
    }
}
