package org.supervisorj.server.config;

/** What section a process group came from: [program:], [group:], [eventlistener:] or [fcgi-program:]. */
public enum GroupKind { PROGRAM, HETEROGENEOUS, EVENTLISTENER, FCGI }
