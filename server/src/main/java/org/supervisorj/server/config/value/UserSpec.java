package org.supervisorj.server.config.value;

/** A user resolved at config time: the passwd name of the uid, the uid, and its primary gid. */
public record UserSpec(String name, int uid, int gid) {
}
