package org.newsgraph.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link NewsServer} is exposed. The defaults are the safe ones: loopback only, read-only,
 * a 30 s query timeout and a 1 MB cap on request bodies.
 *
 * @param host            interface to bind; a non-loopback host also needs {@code allowRemote}
 * @param port            TCP port; 0 picks a free port
 * @param queryTimeout    wall-clock limit for one SPARQL query
 * @param allowUpdate     expose /news/update and /news/data (read-write), for password-file users only
 * @param passwordFile    Jetty/Fuseki "user: password" file; required when {@code allowUpdate}
 * @param allowRemote     permit binding a non-loopback host
 * @param maxRequestBytes largest accepted request body (queries, updates and uploads)
 */
public record ServerOptions(String host, int port, Duration queryTimeout, boolean allowUpdate,
                            Path passwordFile, boolean allowRemote, long maxRequestBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (host.isBlank())
            throw new IllegalArgumentException("host must not be blank");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("queryTimeout must be positive, got " + queryTimeout);
        if (maxRequestBytes <= 0)
            throw new IllegalArgumentException("maxRequestBytes must be positive, got " + maxRequestBytes);
        if (allowUpdate && passwordFile == null)
            throw new IllegalArgumentException("updates need a password file (allowUpdate without passwordFile)");
    }

    /** Loopback, port 3030, read-only, 30 s query timeout, 1 MB request bodies. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_QUERY_TIMEOUT, false, null, false,
                DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, queryTimeout, allowUpdate, passwordFile, allowRemote, maxRequestBytes);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, queryTimeout, allowUpdate, passwordFile, allowRemote, maxRequestBytes);
    }

    public ServerOptions withQueryTimeout(Duration timeout) {
        return new ServerOptions(host, port, timeout, allowUpdate, passwordFile, allowRemote, maxRequestBytes);
    }

    /** Enables /news/update and /news/data for the users in {@code passwords}. */
    public ServerOptions withUpdate(Path passwords) {
        return new ServerOptions(host, port, queryTimeout, true, Objects.requireNonNull(passwords, "passwordFile"),
                allowRemote, maxRequestBytes);
    }

    public ServerOptions withAllowRemote(boolean remote) {
        return new ServerOptions(host, port, queryTimeout, allowUpdate, passwordFile, remote, maxRequestBytes);
    }

    public ServerOptions withMaxRequestBytes(long max) {
        return new ServerOptions(host, port, queryTimeout, allowUpdate, passwordFile, allowRemote, max);
    }
}
