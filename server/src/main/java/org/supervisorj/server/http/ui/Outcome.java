package org.supervisorj.server.http.ui;

/** What an action did, in the words the status page shows. */
record Outcome(boolean ok, String message) {
    static Outcome ok(String message) {
        return new Outcome(true, message);
    }

    static Outcome failed(String message) {
        return new Outcome(false, message);
    }
}
