package org.supervisorj.ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void optionsStopAtTheFirstActionWord() throws UsageError {
        CommandLine cl = CommandLine.parse(List.of("-s", "unix:///x.sock", "-uu", "--pass=p", "tail", "-f", "x"));
        assertEquals("unix:///x.sock", cl.serverUrl());
        assertEquals("u", cl.username());
        assertEquals("p", cl.password());
        assertEquals(List.of("tail", "-f", "x"), cl.args());
    }

    @Test
    void longOptionsTakeUniquePrefixes() throws UsageError {
        assertEquals("f", CommandLine.parse(List.of("--conf", "f")).configFile());
        assertEquals("option --h not a unique prefix",
                assertThrows(UsageError.class, () -> CommandLine.parse(List.of("--h"))).getMessage());
        assertEquals("option --interactive must not have an argument",
                assertThrows(UsageError.class, () -> CommandLine.parse(List.of("--interactive=1"))).getMessage());
    }

    @Test
    void errorsUsePythonsWording() {
        assertEquals("option -x not recognized",
                assertThrows(UsageError.class, () -> CommandLine.parse(List.of("-x"))).getMessage());
        assertEquals("option -c requires argument",
                assertThrows(UsageError.class, () -> CommandLine.parse(List.of("-c"))).getMessage());
        assertEquals("conflicting command line option '-u'",
                assertThrows(UsageError.class, () -> CommandLine.parse(List.of("-u", "a", "-u", "b"))).getMessage());
        assertEquals("invalid value for -s 'foo': value 'foo' is not a URL",
                assertThrows(UsageError.class, () -> CommandLine.parse(List.of("-s", "foo"))).getMessage());
    }

    @Test
    void helpWinsOverBadValuesButNotOverUnknownOptions() throws UsageError {
        // getopt rejects unknown options before any is acted on; values are checked in order after that.
        assertThrows(UsageError.class, () -> CommandLine.parse(List.of("-h", "-x")));
        assertTrue(CommandLine.parse(List.of("-h", "-s", "foo")).help());
        assertThrows(UsageError.class, () -> CommandLine.parse(List.of("-s", "foo", "-h")));
        assertTrue(CommandLine.parse(List.of("-?")).help());
    }
}
