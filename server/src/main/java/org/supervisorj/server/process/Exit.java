package org.supervisorj.server.process;

/**
 * How a child ended. {@code status} is the exit code, or -1 when a signal killed it (never an
 * expected exit code); {@code text} is Supervisor's wording: "exit status 1", "terminated by SIGTERM".
 */
public record Exit(int status, String text) {
}
