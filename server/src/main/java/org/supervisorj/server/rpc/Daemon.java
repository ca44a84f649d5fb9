package org.supervisorj.server.rpc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.supervisorj.server.config.ConfigDiff;
import org.supervisorj.server.config.ConfigException;
import org.supervisorj.server.config.SupervisordConfig;
import org.supervisorj.server.process.ChildLauncher;
import org.supervisorj.server.process.Engine;
import org.supervisorj.server.process.ManagedProcess;
import org.supervisorj.server.process.SupervisorRuntime;
import org.supervisorj.server.events.EventBus;

/**
 * What the RPC layer asks of the running supervisord. The RPC layer never drives a lifecycle
 * itself: it asks for a start, a stop, a reload, and reads state.
 */
public interface Daemon {
    Engine engine();

    SupervisorRuntime runtime();

    ChildLauncher launcher();

    EventBus events();

    String identifier();

    long pid();

    /** The activity log file, when it is a file. */
    Optional<Path> mainLogfile();

    /** Truncates the activity log (clearLog). */
    void clearMainLog() throws IOException;

    /** Removes a process's log files' content and backups (clearProcessLogs). */
    void clearProcessLogs(ManagedProcess process) throws IOException;

    void requestShutdown();

    void requestRestart();

    /** Reads the configuration again and keeps it for add/update; the running groups are untouched. */
    ConfigDiff reloadConfig() throws ConfigException;

    /** The configuration most recently read (at start or by reloadConfig). */
    SupervisordConfig config();

    /** Creates, registers and starts (autostart) the group of that name from {@link #config()}. Engine thread. */
    boolean addProcessGroup(String name);
}
