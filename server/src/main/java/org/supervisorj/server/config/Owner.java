package org.supervisorj.server.config;

/** A uid and gid for chown; gid -1 leaves the group unchanged. */
public record Owner(int uid, int gid) {
}
