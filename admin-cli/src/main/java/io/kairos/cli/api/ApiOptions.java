package io.kairos.cli.api;

import java.net.URI;
import picocli.CommandLine.Option;

/** How to reach the Kairos HTTP API: {@code --api URL} and {@code --token}. */
public final class ApiOptions {

    public static final String DEFAULT_API = "http://127.0.0.1:8080";
    static final String ENV_API = "KAIROS_API_URL";
    static final String ENV_TOKEN = "KAIROS_API_TOKEN";

    @Option(names = "--api", paramLabel = "URL",
            description = "The Kairos HTTP API (default: $KAIROS_API_URL, else " + DEFAULT_API + ").")
    String api;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "API token (default: $KAIROS_API_TOKEN); not needed for an API without tokens on loopback.")
    String token;

    public ApiClient client() {
        String base = api != null ? api : envOr(ENV_API, DEFAULT_API);
        return new ApiClient(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base),
                token != null ? token : envOr(ENV_TOKEN, null));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
