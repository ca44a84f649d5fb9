package org.supervisorj.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supervisorj.server.config.value.LogLevel;
import org.supervisorj.server.config.value.PathContext;

/** supervisord's getopt-based command line, with Supervisor's error texts. */
class SupervisordArgsTest {
    private static final PathContext CTX = new PathContext(Map.of("HOME", "/root"), Path.of("/"));

    private static SupervisordArgs parse(String... argv) throws UsageException {
        return SupervisordArgs.parse("supervisord", List.of(argv), CTX);
    }

    @Test
    void shortOptionsClusterAndTakeGluedArguments() throws Exception {
        SupervisordArgs a = parse("-nc/etc/x.conf", "-m", "077", "-eDEBUG", "-a", "2048");
        assertTrue(a.nodaemon());
        assertEquals(Optional.of("/etc/x.conf"), a.configFile());
        assertEquals(OptionalInt.of(0077), a.umask());
        assertEquals(Optional.of(LogLevel.DEBG), a.loglevel());
        assertEquals(OptionalInt.of(2048), a.minfds());
    }

    @Test
    void longOptionsMayBeUniquePrefixes() throws Exception {
        SupervisordArgs a = parse("--nodae", "--config=x.conf", "--minprocs", "300", "--strip", "--ident=abc");
        assertTrue(a.nodaemon() && a.stripAnsi());
        assertEquals(Optional.of("x.conf"), a.configFile());
        assertEquals(OptionalInt.of(300), a.minprocs());
        assertEquals(Optional.of("abc"), a.identifier());
    }

    @Test
    void helpAndVersionWinOnlyOverLaterOptions() throws Exception {
        assertEquals(SupervisordArgs.Action.HELP, parse("-h", "-m", "99").action());
        assertEquals(SupervisordArgs.Action.VERSION, parse("--version").action());
        assertEquals(SupervisordArgs.Action.HELP, parse("-?").action());
        assertThrows(UsageException.class, () -> parse("-m", "99", "-h"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--bogus|option --bogus not recognized",
        "-x|option -x not recognized",
        "foo -n|positional arguments are not supported: ['foo', '-n']",
        "-n --nodaemon|conflicting command line option '--nodaemon'",
        "-c a -c b|conflicting command line option '-c'",
        "-m 99|invalid value for -m '99': 99 can not be converted to an octal type",
        "--umask=9|invalid value for --umask '9': 9 can not be converted to an octal type",
        "--log=x|option --log not a unique prefix",
        "-e|option -e requires argument",
        "--user|option --user requires argument",
        "--nodaemon=1|option --nodaemon must not have an argument",
        "--loglevel=verbose|invalid value for --loglevel 'verbose': bad logging level name 'verbose'",
        "-a x|invalid value for -a 'x': invalid literal for int() with base 10: 'x'",
        "-d /nonexist|invalid value for -d '/nonexist': /nonexist is not an existing directory",
        "-l /nonexist/x.log|invalid value for -l '/nonexist/x.log': The directory named as part of the path /nonexist/x.log does not exist",
    })
    void errorsAsSupervisorPrintsThem(String argv, String message) {
        UsageException e = assertThrows(UsageException.class, () -> parse(argv.split(" ")));
        assertEquals(message, e.getMessage());
    }

    @Test
    void doubleDashEndsOptions() {
        UsageException e = assertThrows(UsageException.class, () -> parse("--", "-n"));
        assertEquals("positional arguments are not supported: ['-n']", e.getMessage());
    }

    @Test
    void usageNamesTheProgram() {
        assertTrue(Usage.text("/usr/bin/supervisord").contains("Usage: /usr/bin/supervisord [options]"));
    }
}
