package io.kairos.infra.service;

import io.kairos.model.config.KairosConfig;

/**
 * Where a service process serves HTTP (API, /livez, /readyz, /metrics) and what it calls itself in
 * metrics. Keys {@code kairos.http.host} (default 0.0.0.0), {@code kairos.http.port} (8080),
 * {@code kairos.http.advertised.host} (the host name peers use to reach this process; default the
 * local host name) and {@code kairos.instance} (default the local host name).
 */
public record HttpSettings(String host, int port, String advertisedHost, String instance) {

    public static final String HOST = "kairos.http.host";
    public static final String PORT = "kairos.http.port";
    public static final String ADVERTISED_HOST = "kairos.http.advertised.host";
    public static final String INSTANCE = "kairos.instance";
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8080;

    public HttpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(PORT + ": must be between 0 and 65535, was " + port);
        }
    }

    public static HttpSettings from(KairosConfig config) {
        String hostName = LocalHost.name();
        return new HttpSettings(config.string(HOST, DEFAULT_HOST), config.integer(PORT, DEFAULT_PORT),
                config.string(ADVERTISED_HOST, hostName), config.string(INSTANCE, hostName));
    }
}
