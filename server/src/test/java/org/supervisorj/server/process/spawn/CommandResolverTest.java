package org.supervisorj.server.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandResolverTest {
    private final CommandResolver resolver = new CommandResolver(Optional.of("/usr/bin:/bin"));

    private CommandException failure(String command, Optional<String> path) {
        return assertThrows(CommandException.class, () -> resolver.resolve(command, path));
    }

    @Test
    void searchesPathAndKeepsArgvZeroAsWritten() throws Exception {
        assertEquals(new ResolvedCommand("/usr/bin/cat", List.of("cat", "-n", "a b")),
                resolver.resolve("cat -n 'a b'", Optional.empty()));
        assertEquals(new ResolvedCommand("/bin/cat", List.of("cat")), resolver.resolve("cat", Optional.of("/bin")));
        assertEquals(new ResolvedCommand("/bin/sh", List.of("/bin/sh", "-c", "x")), resolver.resolve("/bin/sh -c x", Optional.empty()));
    }

    @Test
    void fallsBackToTheDefaultPathWhenOursIsEmpty() throws Exception {
        assertEquals("/bin/cat", new CommandResolver(Optional.of("")).resolve("cat", Optional.empty()).filename());
        assertEquals("/bin/cat", new CommandResolver(Optional.empty()).resolve("cat", Optional.empty()).filename());
    }

    @Test
    void errorTextsAreSupervisors() {
        CommandException empty = failure("  ", Optional.empty());
        assertEquals("command is empty", empty.getMessage());
        assertEquals(CommandException.Kind.BAD_COMMAND, empty.kind());
        assertEquals("can't parse command \"it's\": No closing quotation", failure("it's", Optional.empty()).getMessage());
        assertEquals("can't parse command 'a\\\\': No escaped character", failure("a\\", Optional.empty()).getMessage());
        CommandException missing = failure("no-such-program-xyz --flag", Optional.empty());
        assertEquals("can't find command 'no-such-program-xyz'", missing.getMessage());
        assertEquals(CommandException.Kind.NOT_FOUND, missing.kind());
        assertEquals("can't find command '/no/such/file'", failure("/no/such/file", Optional.empty()).getMessage());
    }

    @Test
    void firstExistingPathEntryWinsEvenIfUnusable(@TempDir Path tmp) throws Exception {
        Files.createDirectory(tmp.resolve("cat"));
        Path plain = Files.createFile(tmp.resolve("plain"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        String path = tmp + ":/bin";
        CommandException dir = failure("cat", Optional.of(path));
        assertEquals("command at '" + tmp + "/cat' is a directory", dir.getMessage());
        assertEquals(CommandException.Kind.NOT_EXECUTABLE, dir.kind());
        CommandException notExec = failure("plain", Optional.of(path));
        assertEquals("command at '" + plain + "' is not executable", notExec.getMessage());
        assertEquals(CommandException.Kind.NOT_EXECUTABLE, notExec.kind());
        assertEquals("command at '" + tmp + "' is a directory", failure(tmp.toString(), Optional.empty()).getMessage());
    }

    @Test
    void emptyPathEntriesMeanTheCurrentDirectory() throws Exception {
        // os.path.join('', name) == name: stat'd relative to our cwd.
        Path cwdFile = Path.of("").toAbsolutePath().resolve("pom.xml");
        assertEquals(true, Files.exists(cwdFile), "tests run in the module directory");
        assertEquals("command at 'pom.xml' is not executable", failure("pom.xml", Optional.of(":/bin")).getMessage());
    }

    @Test
    void noPermissionWhenAnXBitIsSetButAccessIsDenied(@TempDir Path tmp) throws Exception {
        Path file = Files.createFile(tmp.resolve("only-others"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r-x")));
        if (Posix.geteuid() == 0) {
            // root passes access(X_OK) as soon as any x bit is set.
            assertEquals(file.toString(), resolver.resolve(file.toString(), Optional.empty()).filename());
        } else {
            CommandException e = failure(file.toString(), Optional.empty());
            assertEquals("no permission to run command '" + file + "'", e.getMessage());
            assertEquals(CommandException.Kind.NO_PERMISSION, e.kind());
        }
    }

    /** The checks' texts against supervisor's own get_execv_args, in one Python run. */
    @Test
    void matchesSupervisorsGetExecvArgs(@TempDir Path tmp) throws Exception {
        Files.createDirectory(tmp.resolve("adir"));
        Files.createFile(tmp.resolve("plain"));
        List<String> commands = List.of("cat -n", "", "'unclosed", "x\\", "nope-zz 'é 中'", tmp + "/adir", tmp + "/plain a",
                "adir", "plain", "\"qu'ote\"/x", "sh -c 'echo \"hi\"'", "tab\there");
        String pathEnv = tmp + ":/usr/bin:/bin";
        List<String> expected = Python.run("""
                import sys
                from supervisor.process import Subprocess
                from supervisor.options import ServerOptions
                class Config:
                    options = ServerOptions()
                    environment = {'PATH': sys.argv[2] if len(sys.argv) > 2 else ''}
                    def get_path(self):
                        return self.environment['PATH'].split(':')
                lines = open(sys.argv[1], encoding='utf-8').read().split('\\n')
                Config.environment['PATH'] = bytes.fromhex(lines[0]).decode()
                for line in lines[1:]:
                    cfg = Config()
                    cfg.command = bytes.fromhex(line).decode()
                    p = Subprocess.__new__(Subprocess)
                    p.config = cfg
                    try:
                        filename, argv = p.get_execv_args()
                        out = 'ok:' + filename
                    except Exception as e:
                        out = type(e).__name__ + ':' + e.args[0]
                    print(out.encode().hex())
                """, Python.hex(pathEnv) + "\n" + String.join("\n", commands.stream().map(Python::hex).toList()));
        for (int i = 0; i < commands.size(); i++) {
            String actual;
            try {
                actual = "ok:" + resolver.resolve(commands.get(i), Optional.of(pathEnv)).filename();
            } catch (CommandException e) {
                actual = switch (e.kind()) {
                    case BAD_COMMAND -> "BadCommand";
                    case NOT_FOUND -> "NotFound";
                    case NOT_EXECUTABLE -> "NotExecutable";
                    case NO_PERMISSION -> "NoPermission";
                } + ":" + e.getMessage();
            }
            assertEquals(Python.unhex(expected.get(i)), actual, commands.get(i));
        }
    }
}
