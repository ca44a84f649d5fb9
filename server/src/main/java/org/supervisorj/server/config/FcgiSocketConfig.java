package org.supervisorj.server.config;

import java.util.Optional;

/**
 * The socket of an {@code [fcgi-program:x]} group.
 *
 * @param url     {@code unix:///abs/path} (normalised) or {@code tcp://host:port} (host lower-cased)
 * @param backlog listen backlog; SOMAXCONN (4096) when not configured
 * @param owner   unix only: configured, or the process user's when it differs from supervisord's
 * @param mode    unix only (default 0700); 0 for tcp
 */
public record FcgiSocketConfig(String url, int backlog, Optional<Owner> owner, int mode) {
    public static final int SOMAXCONN = 4096;
}
