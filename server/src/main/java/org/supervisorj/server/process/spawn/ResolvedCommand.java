package org.supervisorj.server.process.spawn;

import java.util.List;

/**
 * A command after splitting and PATH search.
 *
 * @param filename what execve receives: the path found on PATH, or argv[0] as written when it contains '/'
 * @param argv     the split command; argv[0] stays as written, as with supervisor
 */
public record ResolvedCommand(String filename, List<String> argv) {
    public ResolvedCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must not be empty");
        }
    }
}
