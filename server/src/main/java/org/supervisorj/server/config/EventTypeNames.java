package org.supervisorj.server.config;

import java.util.Set;

/** The event type names Supervisor 4.2.5 knows (supervisor.events.EventTypes), for [eventlistener:x] events. */
final class EventTypeNames {
    static final Set<String> ALL = Set.of("EVENT", "PROCESS_COMMUNICATION", "PROCESS_COMMUNICATION_STDERR",
            "PROCESS_COMMUNICATION_STDOUT", "PROCESS_GROUP", "PROCESS_GROUP_ADDED", "PROCESS_GROUP_REMOVED",
            "PROCESS_LOG", "PROCESS_LOG_STDERR", "PROCESS_LOG_STDOUT", "PROCESS_STATE", "PROCESS_STATE_BACKOFF",
            "PROCESS_STATE_EXITED", "PROCESS_STATE_FATAL", "PROCESS_STATE_RUNNING", "PROCESS_STATE_STARTING",
            "PROCESS_STATE_STOPPED", "PROCESS_STATE_STOPPING", "PROCESS_STATE_UNKNOWN", "REMOTE_COMMUNICATION",
            "SUPERVISOR_STATE_CHANGE", "SUPERVISOR_STATE_CHANGE_RUNNING", "SUPERVISOR_STATE_CHANGE_STOPPING", "TICK",
            "TICK_3600", "TICK_5", "TICK_60");

    private EventTypeNames() {
    }
}
