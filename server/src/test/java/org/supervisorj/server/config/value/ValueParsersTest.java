package org.supervisorj.server.config.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each value type's accepted forms and Supervisor's exact error text (expected values taken from 4.2.5). */
class ValueParsersTest {
    private static final PathContext CTX = new PathContext(Map.of("HOME", "/root"), Path.of("/"));

    private interface Parse {
        Object run() throws InvalidValueException;
    }

    private static void fails(String message, Parse parse) {
        assertEquals(message, assertThrows(InvalidValueException.class, parse::run).getMessage());
    }

    @Test
    void booleans() throws Exception {
        assertEquals(true, Booleans.parse("YES"));
        assertEquals(false, Booleans.parse("Off"));
        fails("not a valid boolean value: 'maybe'", () -> Booleans.parse("maybe"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"' 1_000 '|1000", "+5|5", "-7|-7", "012|12", "٣|3"})
    void integersLikePythonInt(String in, int expected) throws Exception {
        assertEquals(expected, PyInt.parseInt(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"abc|'abc'", "1__0|'1__0'", "_1|'_1'", "1_|'1_'",
        "\"\"|''", "1.5|'1.5'", "0x10|'0x10'", "\" 1 2\"|' 1 2'"})
    void integerErrors(String in, String repr) {
        fails("invalid literal for int() with base 10: " + repr, () -> PyInt.parseInt(in));
    }

    @Test
    void byteSizes() throws Exception {
        assertEquals(52428800L, ByteSize.parse("50 MB"));
        assertEquals(-1024L, ByteSize.parse("-1kb"));
        assertEquals(2147483648L, ByteSize.parse("2GB"));
        assertEquals(7L, ByteSize.parse("7"));
        fails("invalid literal for int() with base 10: '50mbs'", () -> ByteSize.parse("50mbs"));
        fails("invalid literal for int() with base 10: '1.5'", () -> ByteSize.parse("1.5MB"));
        fails("invalid literal for int() with base 10: '10xb'", () -> ByteSize.parse("10XB"));
    }

    @Test
    void octal() throws Exception {
        assertEquals(18, Octal.parse("022"));
        assertEquals(18, Octal.parse("0o22"));
        assertEquals(18, Octal.parse("22"));
        fails("089 can not be converted to an octal type", () -> Octal.parse("089"));
    }

    @Test
    void signals() throws Exception {
        assertEquals(Signal.SIGTERM, Signal.parse(" sigterm "));
        assertEquals(Signal.SIGKILL, Signal.parse("kill"));
        assertEquals(Signal.SIGKILL, Signal.parse("9"));
        assertEquals(Signal.ZERO, Signal.parse("0"));
        assertEquals(Signal.SIGHUP, Signal.parse("_ign")); // SIG_IGN is 1
        assertEquals(Signal.SIGPOLL, Signal.parse("SIGIO"));
        assertEquals(Signal.SIGRTMAX, Signal.parse("64"));
        fails("value 'FOO' is not a valid signal name", () -> Signal.parse("FOO"));
        fails("value '999' is not a valid signal number", () -> Signal.parse("999"));
        fails("value '35' is not a valid signal number", () -> Signal.parse("35"));
    }

    @Test
    void signalNamesAsSupervisorPrintsThem() {
        assertEquals("SIGABRT", Signal.nameOf(6));
        assertEquals("SIGCHLD", Signal.nameOf(17));
        assertEquals("SIGPOLL", Signal.nameOf(29));
        assertEquals("signal 33", Signal.nameOf(33));
        assertEquals(15, Signal.SIGTERM.number());
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(List.of(), ExitCodes.parse(""));
        assertEquals(List.of(1, 2), ExitCodes.parse(" 1 , 2"));
        fails("not a valid list of exit codes: '0,256'", () -> ExitCodes.parse("0,256"));
        fails("not a valid list of exit codes: '0,,1'", () -> ExitCodes.parse("0,,1"));
    }

    @Test
    void autoRestart() throws Exception {
        assertEquals(AutoRestart.UNEXPECTED, AutoRestart.parse("Unexpected"));
        assertEquals(AutoRestart.TRUE, AutoRestart.parse("on"));
        assertEquals(AutoRestart.FALSE, AutoRestart.parse("0"));
        fails("invalid 'autorestart' value 'sometimes'", () -> AutoRestart.parse("Sometimes"));
    }

    @Test
    void logLevels() throws Exception {
        assertEquals(LogLevel.WARN, LogLevel.parse("WARN"));
        assertEquals(LogLevel.BLAT, LogLevel.parse("blather"));
        assertEquals(50, LogLevel.CRIT.number());
        fails("bad logging level name 'verbose'", () -> LogLevel.parse("verbose"));
        fails("bad logging level name 'warning'", () -> LogLevel.parse("warning"));
    }

    @Test
    void keyValuePairsFollowNonPosixShlex() throws Exception {
        assertEquals(Map.of("A", "1", "B", "2"), KeyValuePairs.parse("A=1;B=2"));
        assertEquals(Map.of("A", "a"), KeyValuePairs.parse("A=a b"));
        assertEquals(Map.of("A", "$"), KeyValuePairs.parse("A=$HOME"));
        assertEquals(Map.of("A", "caf"), KeyValuePairs.parse("A=café"));
        assertEquals(Map.of("A", "x"), KeyValuePairs.parse("A=x#y,B=2"));
        assertEquals(Map.of("A", "a\\"), KeyValuePairs.parse("A=\"a\\\"b\""));
        assertEquals(Map.of("A", "x y", "B", "1;2"), KeyValuePairs.parse("A=\"x y\",B='1;2'"));
        fails("Unexpected end of key/value pairs in value 'A=1 B=2'", () -> KeyValuePairs.parse("A=1 B=2"));
        fails("Unexpected end of key/value pairs in value 'A=1,,B=2'", () -> KeyValuePairs.parse("A=1,,B=2"));
        fails("Unexpected end of key/value pairs in value 'A='", () -> KeyValuePairs.parse("A="));
        fails("Unexpected end of key/value pairs in value 'A=http://x:80/p?q'", () -> KeyValuePairs.parse("A=http://x:80/p?q"));
        fails("No closing quotation", () -> KeyValuePairs.parse("A=\"x"));
    }

    @Test
    void inetPorts() throws Exception {
        assertEquals(new InetPort("", 9001), InetPort.parse("*:9001"));
        assertEquals(new InetPort("", 9001), InetPort.parse("9001"));
        assertEquals(new InetPort("localhost", 1), InetPort.parse("LocalHost:1"));
        fails("not a valid port number: 'abc' ", () -> InetPort.parse("abc"));
        fails("not a valid port number: '0' ", () -> InetPort.parse("0"));
        fails("no port number specified in ''", () -> InetPort.parse("host:"));
        fails("70000 is above upper bound (65535)", () -> InetPort.parse("h:70000"));
        fails("0 is below lower bound (1)", () -> InetPort.parse("H:0"));
        fails("invalid literal for int() with base 10: 'abc'", () -> InetPort.parse("LocalHost:abc"));
    }

    @Test
    void names() throws Exception {
        assertEquals("ok", Names.processOrGroupName("  ok "));
        assertEquals("", Names.processOrGroupName(""));
        fails("Invalid name: 'foo bar' because of character: ' '", () -> Names.processOrGroupName("foo bar"));
        fails("Invalid name: ' a/b:c' because of character: ':'", () -> Names.processOrGroupName(" a/b:c"));
    }

    @Test
    void paths() throws Exception {
        assertEquals("/root", PyPaths.existingDirectory("~", CTX)); // ~ is expanded before the check
        assertEquals("x.log", PyPaths.existingDirpath("x.log", CTX));
        assertEquals("/tmp/x.log", PyPaths.existingDirpath("/tmp/x.log", CTX));
        fails("/nonexist is not an existing directory", () -> PyPaths.existingDirectory("/nonexist", CTX));
        fails("The directory named as part of the path /nonexist/x.log does not exist",
                () -> PyPaths.existingDirpath("/nonexist/x.log", CTX));
        assertEquals("//a/c", PyPaths.normpath("//a/./b/../c/"));
        assertEquals("/c", PyPaths.normpath("/../c"));
        assertEquals("../c", PyPaths.normpath("a/../../c"));
    }

    @Test
    void logFileNames() throws Exception {
        assertEquals(LogFile.NONE, LogFile.parse("OFF", CTX));
        assertEquals(LogFile.AUTO, LogFile.parse("Auto", CTX));
        assertEquals(LogFile.SYSLOG, LogFile.parse("SYSLOG", CTX));
        assertEquals(new LogFile.Path("/tmp/a.log"), LogFile.parse("/tmp/a.log", CTX));
    }

    @Test
    void users() throws Exception {
        assertEquals(new UserSpec("root", 0, 0), Users.lookup("root"));
        assertEquals(new UserSpec("root", 0, 0), Users.lookup("0"));
        fails("Invalid user name nosuchuser", () -> Users.lookup("nosuchuser"));
        fails("Invalid user id 99999", () -> Users.lookup("99999"));
        assertEquals(new UidGid(0, -1), UidGid.parse("root"));
        assertEquals(new UidGid(0, 0), UidGid.parse("root:root"));
        fails("Invalid user:group definition root:nosuchgroup", () -> UidGid.parse("root:nosuchgroup"));
    }
}
