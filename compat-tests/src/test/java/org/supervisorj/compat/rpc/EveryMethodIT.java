package org.supervisorj.compat.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.compat.support.CommandResult;
import org.supervisorj.compat.support.Implementation;
import org.supervisorj.compat.support.ProjectPaths;
import org.supervisorj.compat.support.RunningSupervisord;
import org.supervisorj.compat.support.Transcripts;

/**
 * Every method of the XML-RPC API, with good and bad arguments, called by Python's own client
 * (xmlrpc.client with Supervisor's SupervisorTransport) against the reference and against ours:
 * the transcripts must be identical once pids, times and paths are normalised.
 */
class EveryMethodIT {
    private static final Path RESOURCES = ProjectPaths.root().resolve("compat-tests/src/test/resources/rpc");

    @Test
    void everyMethodAnswersLikeSupervisor(@TempDir Path tmp) throws Exception {
        String scenario = Files.readString(RESOURCES.resolve("scenario.conf"));
        List<String> transcripts = Implementation.both().stream().map(impl -> run(impl, tmp, scenario)).toList();
        Transcripts.assertSame("every-method", transcripts.get(0), transcripts.get(1));
    }

    private static String run(Implementation impl, Path tmp, String scenario) {
        try (RunningSupervisord sd = RunningSupervisord.start(impl, tmp, scenario)) {
            CommandResult result = sd.python(RESOURCES.resolve("every_method.py")).normalized(sd.normalizer());
            assertEquals(0, result.exitCode(), impl + " transcript failed:\n" + result.output());
            return result.output();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(impl + ": " + e, e);
        }
    }
}
