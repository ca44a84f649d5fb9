package org.supervisorj.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.server.cli.SupervisordArgs;
import org.supervisorj.server.config.value.LogFile;

/** Loader behaviour the differential corpus does not pin down: relative -c, reload diffs, the search list. */
class ConfigLoaderTest {
    private static final String HEAD = "[supervisord]\nlogfile=%(here)s/sd.log\npidfile=%(here)s/sd.pid\n";

    @TempDir
    Path dir;

    private SupervisordConfig load(String configFile) throws ConfigException {
        return ConfigLoader.load(SupervisordArgs.ofConfig("supervisord", configFile), Map.of("HOME", "/root"), dir,
                line -> { });
    }

    @Test
    void errorsInProgramSectionsNameTheFileAsGiven() throws Exception {
        Files.writeString(dir.resolve("s.conf"), HEAD + "[program:x]\ncommand=/bin/x\nstartsecs=abc\n");
        ConfigException e = assertThrows(ConfigException.class, () -> load("s.conf"));
        assertEquals("invalid literal for int() with base 10: 'abc' in section 'program:x' (file: 's.conf')",
                e.getMessage());
    }

    @Test
    void missingAndUnreadableFiles() throws Exception {
        assertEquals("could not find config file nope.conf",
                assertThrows(ConfigException.class, () -> load("nope.conf")).getMessage());
        Files.createDirectory(dir.resolve("d.conf"));
        assertEquals("could not read config file d.conf",
                assertThrows(ConfigException.class, () -> load("d.conf")).getMessage());
    }

    @Test
    void diffReportsAddedChangedRemovedGroups() throws Exception {
        Path f = dir.resolve("s.conf");
        Files.writeString(f, HEAD + "[program:a]\ncommand=/bin/a\n[program:b]\ncommand=/bin/b\n[program:c]\ncommand=/bin/c\n");
        SupervisordConfig before = load("s.conf");
        Files.writeString(f, HEAD + "[program:a]\ncommand=/bin/a\nstdout_logfile=/tmp/a.log\n"
                + "[program:b]\ncommand=/bin/b2\n[program:d]\ncommand=/bin/d\n");
        SupervisordConfig after = load("s.conf");
        // a: AUTO -> path is not a change (Supervisor quirk)
        assertEquals(new ConfigDiff(List.of("d"), List.of("b"), List.of("c")), before.diff(after));
        assertEquals(new ConfigDiff(List.of(), List.of(), List.of()), after.diff(after));
    }

    @Test
    void supervisordEnvironmentChangeChangesEveryProgram() throws Exception {
        Path f = dir.resolve("s.conf");
        Files.writeString(f, HEAD + "environment=A=1\n[program:a]\ncommand=/bin/a\n");
        SupervisordConfig before = load("s.conf");
        Files.writeString(f, HEAD + "environment=A=2\n[program:a]\ncommand=/bin/a\n");
        assertEquals(List.of("a"), before.diff(load("s.conf")).changed());
    }

    @Test
    void modelCarriesResolvedValues() throws Exception {
        Files.writeString(dir.resolve("s.conf"), HEAD + "[unix_http_server]\nfile=%(here)s/s.sock\n"
                + "[program:w]\ncommand=/bin/w %(process_num)s\nprocess_name=w%(process_num)d\nnumprocs=2\n");
        SupervisordConfig c = load("s.conf");
        assertEquals(new LogFile.Path(dir.resolve("sd.log").toString()), c.supervisord().logfile());
        ProcessGroupConfig g = c.group("w").orElseThrow();
        assertEquals(List.of("w0", "w1"), g.processes().stream().map(ProcessConfig::name).toList());
        assertEquals("w:w1", g.processes().get(1).namespec());
        assertEquals("unix://" + dir.resolve("s.sock"), c.defaultServerUrl().orElseThrow());
    }

    @Test
    void searchListFollowsArgv0() {
        assertEquals(List.of("/usr/etc/supervisord.conf", "/usr/supervisord.conf", "supervisord.conf",
                "etc/supervisord.conf", "/etc/supervisord.conf", "/etc/supervisor/supervisord.conf"),
                ConfigFiles.searchPaths("/usr/bin/supervisord"));
        assertEquals("etc/supervisord.conf", ConfigFiles.searchPaths("supervisord").getFirst());
    }
}
