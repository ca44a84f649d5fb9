package org.supervisorj.server.process.spawn;

/** A child's output pipe, named as supervisor's channels are. */
public enum OutputChannel { STDOUT, STDERR }
