package org.supervisorj.ctl.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supervisorj.ctl.client.Credentials;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.client.ProtocolError;
import org.supervisorj.ctl.client.RpcClient;
import org.supervisorj.ctl.client.ServerUrl;
import org.supervisorj.ctl.client.SocketError;
import org.supervisorj.ctl.client.UnknownProtocolException;
import org.supervisorj.ctl.config.ClientSettings;
import org.supervisorj.ctl.output.PythonErrors;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

/**
 * Runs supervisorctl command lines: parses them as Python's {@code cmd.Cmd} does, dispatches to the
 * {@link Commands} table, keeps the exit status, and reports unhandled errors as Python's one-line
 * traceback summary.
 */
public final class Controller {
    /** The API version supervisorctl 4.2.5 requires of the server (supervisor.getVersion). */
    static final String API_VERSION = "3.0";

    private final PrintStream out;
    private final PrintStream err;
    private final Console console;
    private final boolean interactive;
    private String serverUrl;
    private String username;
    private String password;
    private int exitStatus = ExitStatus.SUCCESS;
    private List<Map<String, Object>> completeInfo;

    public Controller(ClientSettings settings, PrintStream out, PrintStream err, Console console) {
        this.out = out;
        this.err = err;
        this.console = console;
        this.interactive = settings.interactive();
        this.serverUrl = settings.serverUrl();
        this.username = settings.username();
        this.password = settings.password();
    }

    public int exitStatus() {
        return exitStatus;
    }

    void exitStatus(int status) {
        exitStatus = status;
    }

    boolean interactive() {
        return interactive;
    }

    Console console() {
        return console;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    String serverUrl() {
        return serverUrl;
    }

    void serverUrl(String url) {
        serverUrl = url;
    }

    Credentials credentials() {
        return new Credentials(username, password);
    }

    public void output(String line) {
        out.print(line + "\n");
        out.flush();
    }

    /** A new client for every use, as Python builds a new ServerProxy (serverurl may change with open). */
    RpcClient supervisor() throws UnknownProtocolException {
        return new RpcClient(ServerUrl.parse(serverUrl), credentials());
    }

    Object call(String method, Object... params) throws Exception {
        return supervisor().call("supervisor." + method, params);
    }

    /** Python's set_exitstatus_from_xmlrpc_fault. */
    void exitStatusFromFault(int code, Integer ignored) {
        if ((ignored != null && code == ignored) || code == Fault.SUCCESS.code()) {
            return;
        }
        exitStatus = ExitStatus.deadProgram(code) ? ExitStatus.NOT_RUNNING : ExitStatus.GENERIC;
    }

    /**
     * Checks that a supervisord with the expected API answers; prints why not and sets the exit status
     * otherwise. Errors other than the ones Python tells apart propagate.
     */
    boolean upcheck() throws Exception {
        try {
            Object api = call("getVersion");
            if (!API_VERSION.equals(api)) {
                output("Sorry, this version of supervisorctl expects to talk to a server with API version "
                        + API_VERSION + ", but the remote version is " + Values.str(api) + ".");
                exitStatus = ExitStatus.NOT_INSTALLED;
                return false;
            }
        } catch (FaultException e) {
            if (e.code() == Fault.UNKNOWN_METHOD.code()) {
                output("Sorry, supervisord responded but did not recognize the supervisor namespace commands "
                        + "that supervisorctl uses to control it.  Please check that the [rpcinterface:supervisor] "
                        + "section is enabled in the configuration file (see sample.conf).");
                exitStatus = ExitStatus.UNIMPLEMENTED_FEATURE;
                return false;
            }
            exitStatus = ExitStatus.GENERIC;
            throw e;
        } catch (SocketError e) {
            switch (e.errno()) {
                case ECONNREFUSED -> {
                    output(serverUrl + " refused connection");
                    exitStatus = ExitStatus.INSUFFICIENT_PRIVILEGES;
                    return false;
                }
                case ENOENT -> {
                    output(serverUrl + " no such file");
                    exitStatus = ExitStatus.NOT_RUNNING;
                    return false;
                }
                default -> {
                    exitStatus = ExitStatus.GENERIC;
                    throw e;
                }
            }
        }
        return true;
    }

    /**
     * Runs one line. Returns true when the shell should end (quit, exit, EOF).
     */
    public boolean onecmd(String line) {
        String[] parsed = parseLine(line);
        if (parsed == null) {
            return false; // an empty line does nothing (Python's emptyline override)
        }
        String name = parsed[0];
        String arg = parsed[1];
        completeInfo = null;
        Optional<Command> command = name == null || name.isEmpty() ? Optional.empty() : Commands.find(name);
        if (command.isEmpty()) {
            output("*** Unknown syntax: " + parsed[2]);
            exitStatus = ExitStatus.GENERIC;
            return false;
        }
        Command c = command.get();
        try {
            try {
                return c.run(this, arg);
            } catch (ProtocolError e) {
                if (e.status() != 401) {
                    exitStatus = ExitStatus.GENERIC;
                    throw e;
                }
                output("Server requires authentication");
                if (interactive) {
                    username = console.readLine("Username:");
                    password = console.readPassword("Password:");
                    output("");
                    return onecmd(parsed[2]);
                }
                exitStatus = ExitStatus.GENERIC;
            }
            // Supervisor quirk: kept. After a 401 outside the shell Python runs the command a second time,
            // and that second failure is what it reports.
            c.run(this, arg);
        } catch (Exception e) {
            output(PythonErrors.line(e));
            exitStatus = ExitStatus.GENERIC;
        }
        return false;
    }

    /** Python's Cmd.parseline: {name, arg, line}; null for a blank line; name null when unparsable. */
    static String[] parseLine(String raw) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return null;
        }
        if (line.charAt(0) == '?') {
            line = "help " + line.substring(1);
        } else if (line.charAt(0) == '!') {
            return new String[] {null, null, line};
        }
        int i = 0;
        while (i < line.length() && isIdentChar(line.charAt(i))) {
            i++;
        }
        return new String[] {line.substring(0, i), line.substring(i).strip(), line};
    }

    private static boolean isIdentChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** getAllProcessInfo, cached until the next command, for completion. */
    public List<Map<String, Object>> completionInfo() throws Exception {
        if (completeInfo == null) {
            completeInfo = Values.structs(call("getAllProcessInfo"));
        }
        return completeInfo;
    }
}
