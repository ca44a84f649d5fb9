package org.supervisorj.compat.support;

/** What a command printed (stdout and stderr together, in order) and how it exited. */
public record CommandResult(String output, int exitCode) {

    public CommandResult normalized(Normalizer n) {
        return new CommandResult(n.apply(output), exitCode);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + ":\n" + output;
    }
}
