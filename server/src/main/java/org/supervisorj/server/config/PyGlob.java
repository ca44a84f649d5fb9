package org.supervisorj.server.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Python 3.11's {@code glob.glob(pattern)} for the absolute patterns of {@code [include] files}: {@code *},
 * {@code ?} and {@code [...]} per path component (fnmatch rules), names starting with "." only matched by
 * patterns starting with ".", unsorted (the caller sorts).
 */
final class PyGlob {
    private PyGlob() {
    }

    static List<String> glob(String pattern) {
        List<String> out = new ArrayList<>();
        iglob(pattern, false, out);
        return out;
    }

    private static boolean hasMagic(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }

    private static void iglob(String pathname, boolean dirOnly, List<String> out) {
        int cut = pathname.lastIndexOf('/') + 1;
        String dirname = pathname.substring(0, cut);
        if (!dirname.isEmpty() && !dirname.chars().allMatch(c -> c == '/')) {
            dirname = dirname.replaceAll("/+$", "");
        }
        String basename = pathname.substring(cut);
        if (!hasMagic(pathname)) {
            if (basename.isEmpty() ? isDir(dirname) : lexists(pathname)) {
                out.add(pathname);
            }
            return;
        }
        if (dirname.isEmpty()) {
            out.addAll(glob1(".", basename, dirOnly));
            return;
        }
        List<String> dirs = new ArrayList<>();
        if (!dirname.equals(pathname) && hasMagic(dirname)) {
            iglob(dirname, true, dirs);
        } else {
            dirs.add(dirname);
        }
        for (String dir : dirs) {
            List<String> names = hasMagic(basename) ? glob1(dir, basename, dirOnly) : glob0(dir, basename);
            for (String name : names) {
                out.add(join(dir, name));
            }
        }
    }

    private static List<String> glob0(String dir, String basename) {
        if (basename.isEmpty()) {
            return isDir(dir) ? List.of(basename) : List.of();
        }
        return lexists(join(dir, basename)) ? List.of(basename) : List.of();
    }

    private static List<String> glob1(String dir, String pattern, boolean dirOnly) {
        Pattern re = translate(pattern);
        boolean hiddenOk = pattern.startsWith(".");
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(dir.isEmpty() ? "." : dir))) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (dirOnly && !Files.isDirectory(p)) {
                    continue;
                }
                if ((hiddenOk || !name.startsWith(".")) && re.matcher(name).matches()) {
                    names.add(name);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return names;
    }

    private static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private static boolean lexists(String p) {
        try {
            return Files.exists(Path.of(p), LinkOption.NOFOLLOW_LINKS);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isDir(String p) {
        try {
            return Files.isDirectory(Path.of(p.isEmpty() ? "." : p));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** fnmatch.translate as a Java regex; every literal is written as \x{..} so nothing needs escaping. */
    static Pattern translate(String pat) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = pat.length();
        while (i < n) {
            char c = pat.charAt(i++);
            if (c == '*') {
                if (!re.toString().endsWith(".*")) {
                    re.append(".*");
                }
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < n && pat.charAt(j) == '!') {
                    j++;
                }
                if (j < n && pat.charAt(j) == ']') {
                    j++;
                }
                while (j < n && pat.charAt(j) != ']') {
                    j++;
                }
                if (j >= n) {
                    re.append(lit('['));
                } else {
                    re.append(charClass(pat.substring(i, j)));
                    i = j + 1;
                }
            } else {
                re.append(lit(c));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static String charClass(String stuff) {
        boolean negate = stuff.startsWith("!");
        String body = negate ? stuff.substring(1) : stuff;
        StringBuilder set = new StringBuilder();
        int k = 0;
        while (k < body.length()) {
            char a = body.charAt(k);
            if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                char b = body.charAt(k + 2);
                if (a <= b) { // Python drops empty ranges like z-a
                    set.append(lit(a)).append('-').append(lit(b));
                }
                k += 3;
            } else {
                set.append(lit(a));
                k++;
            }
        }
        if (set.isEmpty()) {
            return negate ? "." : "(?!)";
        }
        return "[" + (negate ? "^" : "") + set + "]";
    }

    private static String lit(char c) {
        return "\\x{" + Integer.toHexString(c) + "}";
    }
}
