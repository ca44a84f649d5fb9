package org.supervisorj.compat.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the container path that do not need a Docker engine: the image recipe, the mounts and the
 * shell wrappers (run here with the same /bin/sh the Debian image has).
 */
class ContainerPlumbingTest {
    private static final Path DOCKERFILE = ProjectPaths.root().resolve(ContainerReference.DOCKERFILE);

    @Test
    void dockerfilePinsDebiansSupervisor425OnBookworm() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals("FROM debian:bookworm-slim", lines.getFirst());
        String install = String.join(" ", lines).replaceAll("\\s*\\\\\\s*", " ").replaceAll("\\s+", " ");
        assertEquals(1, install.split("apt-get install").length - 1, install);
        String packages = install.replaceAll(".*--no-install-recommends (.*?) &&.*", "$1");
        assertEquals("supervisor=4.2.5-1 python3 procps", packages);
    }

    @Test
    void imageNameCarriesThePinnedVersion() throws IOException {
        String pin = Files.readString(DOCKERFILE).replaceAll("(?s).*supervisor=(\\S+).*", "$1");
        assertEquals("supervisorj-compat-reference:" + pin, ContainerReference.IMAGE_NAME);
    }

    @Test
    void mountsKeepEveryPathIdenticalInsideTheContainer(@TempDir Path tmp) {
        Path resources = ProjectPaths.root().resolve(ContainerReference.RESOURCES);
        List<Bind> binds = new ContainerMounts(tmp, resources).binds();
        assertEquals(2, binds.size());
        assertEquals(tmp.toString(), binds.get(0).getPath());
        assertEquals(tmp.toString(), binds.get(0).getVolume().getPath());
        assertEquals(AccessMode.rw, binds.get(0).getAccessMode());
        assertEquals(resources.toString(), binds.get(1).getPath());
        assertEquals(resources.toString(), binds.get(1).getVolume().getPath());
        assertEquals(AccessMode.ro, binds.get(1).getAccessMode());
    }

    @Test
    void filesUnderTheMountsAreVisible(@TempDir Path tmp) {
        ContainerMounts mounts = new ContainerMounts(tmp.resolve("scenario"), Path.of("/project/resources"));
        mounts.requireVisible(tmp.resolve("scenario/python/supervisord.conf"));
        mounts.requireVisible(Path.of("/project/resources/rpc/every_method.py"));
    }

    @Test
    void aScriptOutsideTheMountsFailsWithItsName() {
        ContainerMounts mounts = new ContainerMounts(Path.of("/tmp/junit1"), Path.of("/project/resources"));
        var e = assertThrows(IllegalStateException.class,
                () -> mounts.requireVisible(Path.of("/tmp/junit1/../elsewhere/drive.py")));
        assertEquals("/tmp/elsewhere/drive.py is not visible inside the reference container, which mounts only"
                + " /tmp/junit1 and /project/resources; keep scenario files under one of them", e.getMessage());
    }

    /** Docker's exec keeps stderr apart, like a process whose stderr is discarded here. */
    @Test
    void clientOutputKeepsStdoutAndStderrInTheOrderWritten(@TempDir Path tmp) throws Exception {
        List<String> command = List.of("/bin/sh", "-c", "echo one; echo two >&2; echo three; exit 7");
        Process p = new ProcessBuilder(ContainerSession.mergingOutput(command)).directory(tmp.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(new CommandResult("one\ntwo\nthree\n", 7), new CommandResult(stdout, p.waitFor()));
    }

    @Test
    void clientArgumentsPassThroughUnsplit(@TempDir Path tmp) {
        List<String> command = List.of("/usr/bin/printf", "[%s]\\n", "a b", "$HOME", "'q'");
        CommandResult r = Commands.run(ContainerSession.mergingOutput(command), tmp, Map.of(), 30);
        assertEquals("[a b]\n[$HOME]\n['q']\n", r.output());
    }

    @Test
    void referenceSupervisordWritesBothStreamsToItsOutputFile(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("supervisord.out");
        List<String> command = List.of("/bin/sh", "-c", "echo started; echo warned >&2; exit 3");
        CommandResult r = Commands.run(ContainerReference.redirected(command, out), tmp, Map.of(), 30);
        assertEquals(new CommandResult("", 3), r);
        assertEquals("started\nwarned\n", Files.readString(out));
    }
}
