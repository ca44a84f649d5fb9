package org.supervisorj.ctl.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supervisorj.ctl.cli.CommandLine;

/**
 * Finds and reads supervisorctl's config file as Python's ClientOptions does: the same search list as
 * supervisord (no file found is fine: defaults apply), a required {@code [supervisorctl]} section,
 * {@code %(here)s} only in serverurl and history_file, {@code %(ENV_X)s} everywhere.
 */
public final class SettingsLoader {
    static final String DEFAULT_URL = "http://localhost:9001";
    static final String DEFAULT_PROMPT = "supervisor";
    private static final String SECTION = "supervisorctl";

    private final IniDialect dialect;
    private final Map<String, String> env;
    private final Path cwd;

    public SettingsLoader(IniDialect dialect, Map<String, String> env, Path cwd) {
        this.dialect = dialect;
        this.env = env;
        this.cwd = cwd;
    }

    /** The search list; {@code argv0} is how the program was invoked. */
    public static List<String> searchPaths(String argv0) {
        String here = dirname(dirname(argv0));
        return List.of(join(here, "etc/supervisord.conf"), join(here, "supervisord.conf"), "supervisord.conf",
                "etc/supervisord.conf", "/etc/supervisord.conf", "/etc/supervisor/supervisord.conf");
    }

    public ClientSettings load(CommandLine cl, String argv0) throws ConfigError {
        String configFile = cl.configFile();
        if (configFile == null) {
            for (String p : searchPaths(argv0)) {
                if (Files.exists(resolve(p))) {
                    configFile = p;
                    break;
                }
            }
        }
        Section section = configFile == null ? Section.EMPTY : read(configFile);
        boolean interactive = cl.interactive() || cl.args().isEmpty();
        // Deviation from 4.2.5: -r is honoured; Python stores it in an attribute its shell never reads.
        String history = cl.historyFile() != null ? cl.historyFile() : section.historyFile;
        return new ClientSettings(
                first(cl.serverUrl(), section.serverUrl, DEFAULT_URL),
                first(cl.username(), section.username, null),
                first(cl.password(), section.password, null),
                first(null, section.prompt, DEFAULT_PROMPT),
                history, interactive, cl.args());
    }

    private record Section(String serverUrl, String username, String password, String prompt, String historyFile) {
        static final Section EMPTY = new Section(null, null, null, null, null);
    }

    private Section read(String configFile) throws ConfigError {
        Path path = resolve(configFile);
        if (!Files.exists(path)) {
            throw new ConfigError(ConfigError.Kind.USAGE, "could not find config file " + configFile);
        }
        String text;
        try {
            text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigError(ConfigError.Kind.USAGE, "could not read config file " + configFile);
        }
        IniDialect.Parsed ini = dialect.parse(text, configFile);
        if (!ini.hasSection(SECTION)) {
            throw new ConfigError(ConfigError.Kind.USAGE, ".ini file does not include supervisorctl section");
        }
        String here = normalize(configFile).getParent().toString();
        Map<String, String> envNames = new HashMap<>();
        env.forEach((k, v) -> envNames.put("ENV_" + k, v));
        Map<String, String> withHere = new HashMap<>(envNames);
        withHere.put("here", here);

        String url = expand(ini, "serverurl", withHere).orElse(DEFAULT_URL);
        if (url.startsWith("unix://")) {
            url = "unix://" + normalize(url.substring("unix://".length()));
        }
        String history = expand(ini, "history_file", withHere).filter(h -> !h.isEmpty())
                .map(h -> normalize(h).toString()).orElse(null);
        return new Section(url, expand(ini, "username", envNames).orElse(null),
                expand(ini, "password", envNames).orElse(null), expand(ini, "prompt", envNames).orElse(null), history);
    }

    private Optional<String> expand(IniDialect.Parsed ini, String key, Map<String, String> names) throws ConfigError {
        Optional<String> raw = ini.get(SECTION, key);
        if (raw.isEmpty()) {
            return raw;
        }
        return Optional.of(dialect.expand(raw.get(), names, SECTION + "." + key));
    }

    /** Python's normalize_path: expanduser, abspath (against the CWD), normpath. */
    Path normalize(String p) {
        String s = p;
        if (s.equals("~") || s.startsWith("~/")) {
            s = env.getOrDefault("HOME", System.getProperty("user.home")) + s.substring(1);
        }
        return cwd.resolve(s).normalize();
    }

    private Path resolve(String p) {
        return cwd.resolve(p);
    }

    private static String first(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }

    private static String dirname(String p) {
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String head = p.substring(0, slash);
        // Python keeps a run of leading slashes, strips trailing ones otherwise.
        return head.isEmpty() || head.chars().allMatch(ch -> ch == '/') ? p.substring(0, slash + 1) : head.replaceAll("/+$", "");
    }

    private static String join(String dir, String name) {
        if (dir.isEmpty()) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }
}
