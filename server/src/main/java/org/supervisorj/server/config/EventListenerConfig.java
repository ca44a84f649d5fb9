package org.supervisorj.server.config;

import java.util.List;

/**
 * The pool settings of an {@code [eventlistener:x]} group.
 *
 * @param events        upper-cased, de-duplicated (first occurrence order), each a known event type name
 * @param resultHandler the spec as written; only Supervisor's default handler is accepted
 */
public record EventListenerConfig(List<String> events, int bufferSize, String resultHandler) {
    public static final String DEFAULT_RESULT_HANDLER = "supervisor.dispatchers:default_handler";

    public EventListenerConfig {
        events = List.copyOf(events);
    }
}
