package org.supervisorj.server.process;

/**
 * A consistent snapshot of one process, taken on the engine thread. Times are epoch seconds
 * (0 = never), as getProcessInfo reports them.
 */
public record ProcessInfo(String name, String group, long start, long stop, long now, ProcessState state,
                          String spawnerr, int exitstatus, String stdoutLogfile, String stderrLogfile, int pid) {

    /** Equal in every field but {@code now}. */
    public boolean sameButForTime(ProcessInfo o) {
        return start == o.start && stop == o.stop && state == o.state && exitstatus == o.exitstatus && pid == o.pid
                && name.equals(o.name) && group.equals(o.group) && spawnerr.equals(o.spawnerr)
                && stdoutLogfile.equals(o.stdoutLogfile) && stderrLogfile.equals(o.stderrLogfile);
    }
}
