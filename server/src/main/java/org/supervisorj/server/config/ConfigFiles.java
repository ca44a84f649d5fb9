package org.supervisorj.server.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.supervisorj.server.config.ini.IniDocument;
import org.supervisorj.server.config.ini.IniException;
import org.supervisorj.server.config.ini.IniReader;
import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.config.value.LogLevel;
import org.supervisorj.server.config.value.PathContext;
import org.supervisorj.server.config.value.PyPaths;

/** Finds the config file (spec §1.1), reads it and its {@code [include]}d files (§1.4) into one document. */
final class ConfigFiles {
    static final String ROOT_SEARCH_WARNING = "Supervisord is running as root and it is searching for its "
            + "configuration file in default locations (including its current working directory); you probably "
            + "want to specify a \"-c\" argument specifying an absolute path to a configuration file for improved "
            + "security.";

    record Read(IniDocument doc, String configFile, String here, List<DeferredLogMessage> warnings,
            List<DeferredLogMessage> infos) {
    }

    private ConfigFiles() {
    }

    /** The search list for a given argv[0]. */
    static List<String> searchPaths(String progname) {
        String h = PyPaths.dirname(PyPaths.dirname(progname));
        return List.of(join(join(h, "etc"), "supervisord.conf"), join(h, "supervisord.conf"), "supervisord.conf",
                "etc/supervisord.conf", "/etc/supervisord.conf", "/etc/supervisor/supervisord.conf");
    }

    private static String join(String a, String b) {
        return a.isEmpty() || a.endsWith("/") ? a + b : a + "/" + b;
    }

    static String locate(String progname, PathContext context, boolean root, Consumer<String> stderr)
            throws ConfigException {
        if (root) {
            stderr.accept("UserWarning: " + ROOT_SEARCH_WARNING);
        }
        List<String> paths = searchPaths(progname);
        for (String p : paths) {
            if (Files.exists(context.cwd().resolve(p))) {
                return p;
            }
        }
        throw new ConfigException("No config file found at default paths (" + String.join(", ", paths)
                + "); use the -c option to specify a config file at a different path");
    }

    static Read read(String configFile, PathContext context, String hostNodeName) throws ConfigException {
        String here = PyPaths.abspath(PyPaths.dirname(configFile), context);
        Path file = context.cwd().resolve(configFile);
        if (configFile.isEmpty() || !Files.exists(file)) {
            throw new ConfigException("could not find config file " + configFile);
        }
        String text;
        try {
            text = IniReader.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ConfigException("could not read config file " + configFile);
        }
        IniDocument doc = new IniDocument();
        List<DeferredLogMessage> warnings = new ArrayList<>();
        List<DeferredLogMessage> infos = new ArrayList<>();
        try {
            IniReader.readMain(doc, text, configFile);
            if (doc.hasSection("include")) {
                readIncludes(doc, here, context, hostNodeName, warnings, infos);
            }
        } catch (IniException e) {
            throw new ConfigException(e.getMessage());
        }
        return new Read(doc, configFile, here, warnings, infos);
    }

    private static void readIncludes(IniDocument doc, String here, PathContext context, String hostNodeName,
            List<DeferredLogMessage> warnings, List<DeferredLogMessage> infos) throws IniException, ConfigException {
        doc.expandHere(here);
        String files = doc.get("include", "files").orElseThrow(
                () -> new ConfigException(".ini file has [include] section, but no files setting"));
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("here", here);
        names.put("host_node_name", hostNodeName);
        context.env().forEach((k, v) -> names.put("ENV_" + k, v));
        String expanded = Getter.expand(files, names, "include.files");
        for (String pattern : PyText.split(expanded)) {
            String joined = pattern.startsWith("/") ? pattern : (here.endsWith("/") ? here : here + "/") + pattern;
            List<String> matches = new ArrayList<>(PyGlob.glob(joined));
            if (matches.isEmpty()) {
                warnings.add(new DeferredLogMessage(LogLevel.WARN, "No file matches via include \"" + joined + "\""));
                continue;
            }
            matches.sort(Comparator.comparing(ConfigFiles::codePoints));
            for (String filename : matches) {
                infos.add(new DeferredLogMessage(LogLevel.INFO, "Included extra file \"" + filename + "\" during parsing"));
                IniReader.readIncluded(doc, Path.of(filename), filename);
                doc.expandHere(PyPaths.abspath(PyPaths.dirname(filename), context));
            }
        }
    }

    /** Python sorts str by code point; Java's String order differs only above U+FFFF. */
    private static String codePoints(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(String.format("%06x", cp)));
        return b.toString();
    }
}
