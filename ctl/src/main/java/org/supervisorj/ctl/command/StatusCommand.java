package org.supervisorj.ctl.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supervisorj.ctl.output.Names;
import org.supervisorj.ctl.output.StatusTable;
import org.supervisorj.ctl.output.Values;

final class StatusCommand implements Command {
    /** STOPPED, EXITED, FATAL, UNKNOWN: any of them makes {@code status} exit 3. */
    private static final Set<Integer> STOPPED_STATES = Set.of(0, 100, 200, 1000);

    @Override
    public String name() {
        return "status";
    }

    @Override
    public Completion completion() {
        return Completion.PROCESSES;
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        if (!ctl.upcheck()) {
            // Supervisor quirk: kept. status reports 4 (LSB "unknown") whatever the reason.
            ctl.exitStatus(ExitStatus.STATUS_UNKNOWN);
            return false;
        }
        List<Map<String, Object>> all = Values.structs(ctl.call("getAllProcessInfo"));
        List<String> names = Args.split(arg);
        List<Map<String, Object>> matching;
        if (names.isEmpty() || names.contains("all")) {
            matching = all;
        } else {
            matching = new ArrayList<>();
            for (String name : names) {
                String[] gp = Names.split(name);
                boolean found = false;
                for (Map<String, Object> info : all) {
                    boolean match = Values.str(info, "group").equals(gp[0])
                            && (gp[1] == null || Values.str(info, "name").equals(gp[1]));
                    if (match) {
                        found = true;
                        matching.add(info);
                    }
                }
                if (!found) {
                    ctl.output(gp[1] == null ? gp[0] + ": ERROR (no such group)" : name + ": ERROR (no such process)");
                    ctl.exitStatus(ExitStatus.STATUS_UNKNOWN);
                }
            }
        }
        StatusTable.lines(matching).forEach(ctl::output);
        for (Map<String, Object> info : matching) {
            if (STOPPED_STATES.contains(Values.integer(info, "state"))) {
                ctl.exitStatus(ExitStatus.STATUS_NOT_RUNNING);
            }
        }
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("status <name>\t\tGet status for a single process");
        ctl.output("status <gname>:*\tGet status for all processes in a group");
        ctl.output("status <name> <name>\tGet status for multiple named processes");
        ctl.output("status\t\t\tGet all process status info");
    }
}
