package org.supervisorj.server.process;

/**
 * A consistent snapshot of one process, taken on the engine thread. Times are epoch seconds
 * (0 = never), as getProcessInfo reports them.
 */
public record ProcessInfo(String name, String group, long start, long stop, long now, ProcessState state,
                          String spawnerr, int exitstatus, String stdoutLogfile, String stderrLogfile, int pid) {
}
