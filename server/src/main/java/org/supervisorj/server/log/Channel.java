package org.supervisorj.server.log;

/** The two output channels of a child, named as Supervisor names them in logs and events. */
public enum Channel {
    STDOUT("stdout"), STDERR("stderr");

    private final String text;

    Channel(String text) {
        this.text = text;
    }

    /** {@code stdout} or {@code stderr}. */
    public String text() {
        return text;
    }
}
