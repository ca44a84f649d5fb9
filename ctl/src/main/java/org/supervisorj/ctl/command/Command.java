package org.supervisorj.ctl.command;

/** One supervisorctl action: {@code run} is {@code do_<name>}, {@code help} is {@code help_<name>}. */
interface Command {
    String name();

    /**
     * Runs the action with the rest of the line (stripped). Exceptions propagate to the controller,
     * which reports them as Python's supervisorctl does.
     *
     * @return true to leave the shell
     */
    boolean run(Controller ctl, String arg) throws Exception;

    void help(Controller ctl);

    /** How the shell completes this command's arguments. */
    default Completion completion() {
        return Completion.NONE;
    }

    enum Completion { NONE, ACTIONS, GROUPS, PROCESSES }
}
