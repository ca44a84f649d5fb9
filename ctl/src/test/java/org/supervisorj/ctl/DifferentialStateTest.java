package org.supervisorj.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commands that change the server's state, each run from the same starting state through Python's
 * supervisorctl and through ours, with the state restored in between.
 */
class DifferentialStateTest {
    private ReferenceServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ReferenceServer(DifferentialCommandsTest.PROGRAMS).start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void startStopRestart() throws Exception {
        same("stop echoer", "start echoer");
        same("start echoer", "stop echoer");
        same("start echoer", "restart echoer sleeper");
        same("start all", "stop grp:* echoer");
        same("start all", "stop all");
        same("stop all", "start all");
        same("stop all", "restart all");
    }

    @Test
    void startFailures() throws Exception {
        same("stop failing", "start failing");
        same("stop echoer", "start nofile echoer");
    }

    @Test
    void signalAndClear() throws Exception {
        same("start echoer", "signal HUP echoer grp:* nosuch");
        same("start echoer", "signal USR1 all");
        same("start echoer", "clear all");
        same("start echoer", "clear echoer grp:cat");
    }

    @Test
    void removeAndAdd() throws Exception {
        same("add grp;stop grp:*", "remove grp");
        same("stop grp:*;remove grp", "add grp nosuch");
        same("add grp", "remove grp");
    }

    @Test
    void rereadAndUpdate() throws Exception {
        server.writeConfig(DifferentialCommandsTest.PROGRAMS.replace("command=sleep 1000", "command=sleep 999")
                + "\n[program:added]\ncommand=sleep 1000\n");
        assertSame("reread");
        String reset = "update";
        // After each update the old config is restored and applied, then the new one written again.
        for (String cmd : new String[] {"update", "update all", "update added", "update sleeper nosuch"}) {
            Clients.Run py = Clients.python(server, cmd.split(" ")).normalized(server);
            restoreThen(reset);
            Clients.Run ours = Clients.ours(server, cmd.split(" ")).normalized(server);
            restoreThen(reset);
            assertEquals(py.toString(), ours.toString(), "supervisorctl " + cmd);
        }
    }

    private void restoreThen(String update) throws Exception {
        server.writeConfig(DifferentialCommandsTest.PROGRAMS);
        Clients.python(server, update);
        server.writeConfig(DifferentialCommandsTest.PROGRAMS.replace("command=sleep 1000", "command=sleep 999")
                + "\n[program:added]\ncommand=sleep 1000\n");
    }

    @Test
    void reloadAndShutdown() throws Exception {
        Clients.Run py = Clients.python(server, "reload");
        server.awaitUp();
        Clients.Run ours = Clients.ours(server, "reload");
        server.awaitUp();
        assertEquals(py.toString(), ours.toString(), "reload");

        py = Clients.python(server, "shutdown");
        server.awaitExit();
        server.start();
        ours = Clients.ours(server, "shutdown");
        server.awaitExit();
        assertEquals(py.toString(), ours.toString(), "shutdown");
        // Now nothing listens: both report the missing socket.
        assertSame("shutdown");
    }

    /** Brings the server to a state with {@code setup} (via Python), then compares {@code command}. */
    private void same(String setup, String command) throws Exception {
        setUp(setup);
        Clients.Run py = Clients.python(server, command.split(" ")).normalized(server);
        setUp(setup);
        Clients.Run ours = Clients.ours(server, command.split(" ")).normalized(server);
        if (isBulk(command)) {
            py = py.linesSorted();
            ours = ours.linesSorted();
        }
        assertEquals(py.toString(), ours.toString(), "after '" + setup + "': supervisorctl " + command);
    }

    /** Commands on {@code all} or {@code group:*}: the server reports those in completion order. */
    private static boolean isBulk(String command) {
        return command.contains(" all") || command.contains(":*");
    }

    /** Runs each ';'-separated setup command through Python's supervisorctl. */
    private void setUp(String setup) throws Exception {
        for (String cmd : setup.split(";")) {
            Clients.python(server, cmd.split(" "));
        }
    }

    private void assertSame(String command) throws Exception {
        Clients.Run py = Clients.python(server, command.split(" ")).normalized(server);
        Clients.Run ours = Clients.ours(server, command.split(" ")).normalized(server);
        assertEquals(py.toString(), ours.toString(), "supervisorctl " + command);
    }
}
