package org.supervisorj.ctl.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.supervisorj.ctl.command.Commands;
import org.supervisorj.ctl.command.Controller;
import org.supervisorj.ctl.output.Values;

/**
 * Tab completion as Python's supervisorctl offers it: action names first; then group names for add,
 * remove and update; process names ({@code name} or {@code group:name}, plus {@code group:*}) for the
 * process commands; action names again after help.
 */
final class NameCompleter implements Completer {
    private final Controller ctl;

    NameCompleter(Controller ctl) {
        this.ctl = ctl;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        candidates(line.line(), line.word()).forEach(c -> candidates.add(new Candidate(c)));
    }

    /** The completions of {@code word}, the word under the cursor, in {@code line}. */
    List<String> candidates(String line, String word) {
        List<String> words = List.of(line.strip().split("\\s+"));
        if (line.isBlank() || (words.size() == 1 && !line.endsWith(" "))) {
            return matching(Commands.actionNames(), word);
        }
        try {
            return switch (Commands.completionKind(words.getFirst())) {
                case "actions" -> matching(Commands.actionNames(), word);
                case "groups" -> matching(groups(), word);
                case "processes" -> matching(processes(word), word);
                default -> List.of();
            };
        } catch (Exception e) {
            // No server, bad credentials: nothing to offer, as in Python (which swallows the error).
            return List.of();
        }
    }

    private List<String> groups() throws Exception {
        Set<String> groups = new LinkedHashSet<>();
        for (Map<String, Object> info : ctl.completionInfo()) {
            groups.add(Values.str(info, "group"));
        }
        return new ArrayList<>(groups);
    }

    private List<String> processes(String word) throws Exception {
        Set<String> names = new LinkedHashSet<>();
        for (Map<String, Object> info : ctl.completionInfo()) {
            String group = Values.str(info, "group");
            String name = Values.str(info, "name");
            if (word.contains(":") || !name.equals(group)) {
                names.add(group + ":" + name);
                names.add(group + ":*");
            } else {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static List<String> matching(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).toList();
    }
}
