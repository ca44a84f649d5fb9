package org.supervisorj.server.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.config.value.Booleans;
import org.supervisorj.server.config.value.Names;
import org.supervisorj.server.config.value.PyInt;

/**
 * Supervisor's process_groups_from_parser: [group:x] first, then [program:x] not named by a group, then
 * [eventlistener:x], then [fcgi-program:x]; finally sorted by (priority, name). Errors raised here at group
 * level carry no section suffix.
 */
final class ProcessGroupsReader {
    private final Getter getter;
    private final ProgramSectionReader programs;
    private final FcgiSocketReader fcgi;
    private final Map<String, Object> hereOnly;

    ProcessGroupsReader(Getter getter, ProgramSectionReader.Context ctx) {
        this.getter = getter;
        this.programs = new ProgramSectionReader(getter, ctx);
        this.fcgi = new FcgiSocketReader(getter, ctx);
        this.hereOnly = Map.of("here", ctx.here());
    }

    List<ProcessGroupConfig> read() throws ConfigException {
        List<String> all = getter.doc().sections();
        Set<String> excluded = new java.util.HashSet<>();
        List<ProcessGroupConfig> groups = new ArrayList<>();
        for (String section : all) {
            if (section.startsWith("group:")) {
                groups.add(heterogeneous(section, all, excluded));
            }
        }
        for (String section : all) {
            if (section.startsWith("program:") && !excluded.contains(section)) {
                String name = Checked.call(() -> Names.processOrGroupName(suffix(section)));
                int priority = integer(section, "priority", "999");
                groups.add(new ProcessGroupConfig(name, GroupKind.PROGRAM, priority, programs.read(section, name),
                        Optional.empty(), Optional.empty()));
            }
        }
        for (String section : all) {
            if (section.startsWith("eventlistener:")) {
                groups.add(listener(section));
            }
        }
        for (String section : all) {
            if (section.startsWith("fcgi-program:") && !excluded.contains(section)) {
                String name = Checked.call(() -> Names.processOrGroupName(suffix(section)));
                int priority = integer(section, "priority", "999");
                FcgiSocketConfig socket = fcgi.read(section, name);
                groups.add(new ProcessGroupConfig(name, GroupKind.FCGI, priority, programs.read(section, name),
                        Optional.empty(), Optional.of(socket)));
            }
        }
        groups.sort(Comparator.comparingInt(ProcessGroupConfig::priority)
                .thenComparing(ProcessGroupConfig::name, ProgramSectionReader::compareCodePoints));
        return groups;
    }

    private ProcessGroupConfig heterogeneous(String section, List<String> all, Set<String> excluded) throws ConfigException {
        String groupName = Checked.call(() -> Names.processOrGroupName(suffix(section)));
        List<String> members = listOfStrings(getter.get(section, "programs", null, hereOnly));
        int priority = integer(section, "priority", "999");
        List<ProcessConfig> processes = new ArrayList<>();
        // Supervisor quirk (spec §3.6): after the first member, errors name the previous member's section. Kept.
        String named = section;
        for (String program : members) {
            String programSection = "program:" + program;
            String fcgiSection = "fcgi-program:" + program;
            boolean isProgram = all.contains(programSection);
            boolean isFcgi = all.contains(fcgiSection);
            if (!isProgram && !isFcgi) {
                throw new ConfigException("[" + named + "] names unknown program or fcgi-program " + program);
            }
            if (isProgram && isFcgi) {
                throw new ConfigException("[" + named + "] name " + program
                        + " is ambiguous (exists as program and fcgi-program)");
            }
            named = isProgram ? programSection : fcgiSection;
            excluded.add(named);
            // Supervisor quirk (spec §4.1): an fcgi-program in a group is built as a plain program. Kept.
            processes.addAll(programs.read(named, groupName));
        }
        return new ProcessGroupConfig(groupName, GroupKind.HETEROGENEOUS, priority, processes, Optional.empty(),
                Optional.empty());
    }

    private ProcessGroupConfig listener(String section) throws ConfigException {
        String poolName = suffix(section); // validated (with the section suffix) when the processes are built
        int priority = integer(section, "priority", "-1");
        int bufferSize = integer(section, "buffer_size", "10");
        if (bufferSize < 1) {
            throw new ConfigException("[" + section + "] section sets invalid buffer_size (" + bufferSize + ")");
        }
        String resultHandler = getter.get(section, "result_handler", EventListenerConfig.DEFAULT_RESULT_HANDLER, hereOnly);
        if (!ImportSpecs.resolves(resultHandler, EventListenerConfig.DEFAULT_RESULT_HANDLER)) {
            throw new ConfigException(resultHandler + " cannot be resolved within [" + section + "]");
        }
        Set<String> events = new LinkedHashSet<>();
        for (String e : listOfStrings(getter.get(section, "events", "", hereOnly))) {
            events.add(e.toUpperCase(java.util.Locale.ROOT));
        }
        if (events.isEmpty()) {
            throw new ConfigException("[" + section + "] section requires an \"events\" line");
        }
        for (String e : events) {
            if (!EventTypeNames.ALL.contains(e)) {
                throw new ConfigException("Unknown event type " + e + " in [" + section + "] events");
            }
        }
        boolean redirect = Checked.call(() -> Booleans.parse(getter.get(section, "redirect_stderr", "false", hereOnly)));
        if (redirect) {
            throw new ConfigException("[" + section + "] section sets redirect_stderr=true but this is not allowed "
                    + "because it will interfere with the eventlistener protocol");
        }
        List<ProcessConfig> processes = programs.read(section, poolName);
        return new ProcessGroupConfig(poolName, GroupKind.EVENTLISTENER, priority, processes,
                Optional.of(new EventListenerConfig(List.copyOf(events), bufferSize, resultHandler)), Optional.empty());
    }

    private int integer(String section, String option, String def) throws ConfigException {
        String v = getter.get(section, option, def, hereOnly);
        return Checked.call(() -> PyInt.parseInt(v));
    }

    static String suffix(String section) {
        return section.substring(section.indexOf(':') + 1);
    }

    /** Supervisor's list_of_strings: empty means none; else comma-split and stripped (empty items kept). */
    static List<String> listOfStrings(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(s.split(",", -1)).map(PyText::strip).toList();
    }
}
