package io.kairos.worker.api;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Decides who a request comes from. With tokens configured, a request needs
 * {@code Authorization: Bearer <token>}. With none, the API serves loopback clients only (as an
 * admin), unless anonymous access is allowed explicitly.
 */
final class Authenticator {

    static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final boolean allowAnonymous;

    Authenticator(ApiTokens tokens, boolean allowAnonymous) {
        this.tokens = tokens;
        this.allowAnonymous = allowAnonymous;
    }

    Caller authenticate(String authorization, InetSocketAddress remote) {
        if (tokens.isEmpty()) {
            if (allowAnonymous || remote.getAddress().isLoopbackAddress()) {
                return Caller.admin("anonymous");
            }
            throw new ApiException(401, "unauthorized", List.of(new ApiProblem("Authorization",
                    "no API tokens are configured, so only loopback clients are served; configure "
                            + ApiConfig.TOKENS_FILE)));
        }
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw new ApiException(401, "unauthorized", List.of(new ApiProblem("Authorization",
                    "missing; send Authorization: Bearer <token>")));
        }
        return tokens.identify(authorization.substring(BEARER.length()).strip()).orElseThrow(() ->
                new ApiException(401, "unauthorized", List.of(new ApiProblem("Authorization", "unknown token"))));
    }
}
