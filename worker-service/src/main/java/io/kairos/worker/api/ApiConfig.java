package io.kairos.worker.api;

import io.kairos.model.config.KairosConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP API's settings, validated once.
 *
 * @param tokensFile     {@code kairos.api.tokens.file}: a properties (or flat YAML) file of
 *                       {@code <sha256-hex-of-token>: admin|<tenant>}; null for none
 * @param tokens         {@code kairos.api.tokens} (env {@code KAIROS_API_TOKENS}): the same pairs inline,
 *                       {@code hash=admin,hash=acme}; empty for none
 * @param allowAnonymous {@code kairos.api.allow.anonymous}: with no tokens configured, serve every
 *                       client as admin instead of loopback clients only
 * @param submitRate     {@code kairos.api.submit.rate}: submissions per second per tenant (token bucket refill)
 * @param submitBurst    {@code kairos.api.submit.burst}: submissions a tenant may make at once
 */
public record ApiConfig(Path tokensFile, String tokens, boolean allowAnonymous, double submitRate, int submitBurst,
                        Duration writeTimeout) {

    public static final String PREFIX = "kairos.api.";
    public static final String TOKENS_FILE = PREFIX + "tokens.file";
    public static final String TOKENS = PREFIX + "tokens";
    public static final String ALLOW_ANONYMOUS = PREFIX + "allow.anonymous";
    public static final String SUBMIT_RATE = PREFIX + "submit.rate";
    public static final String SUBMIT_BURST = PREFIX + "submit.burst";
    public static final String WRITE_TIMEOUT = PREFIX + "write.timeout";
    public static final int DEFAULT_SUBMIT_RATE = 10;
    public static final int DEFAULT_SUBMIT_BURST = 50;
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(15);
    public static final ApiConfig DEFAULTS = new ApiConfig(null, "", false, DEFAULT_SUBMIT_RATE, DEFAULT_SUBMIT_BURST,
            DEFAULT_WRITE_TIMEOUT);

    public ApiConfig {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        if (!(submitRate > 0)) {
            throw new IllegalArgumentException(SUBMIT_RATE + ": must be positive, was " + submitRate);
        }
        if (submitBurst < 1) {
            throw new IllegalArgumentException(SUBMIT_BURST + ": must be at least 1, was " + submitBurst);
        }
    }

    public static ApiConfig from(KairosConfig config) {
        String file = config.string(TOKENS_FILE, "");
        return new ApiConfig(file.isBlank() ? null : Path.of(file), config.string(TOKENS, ""),
                config.bool(ALLOW_ANONYMOUS, false),
                Double.parseDouble(config.string(SUBMIT_RATE, Integer.toString(DEFAULT_SUBMIT_RATE))),
                config.integer(SUBMIT_BURST, DEFAULT_SUBMIT_BURST),
                config.duration(WRITE_TIMEOUT, DEFAULT_WRITE_TIMEOUT));
    }

    /** A copy with these inline tokens, for tests and embedding. */
    public ApiConfig withTokens(String inline) {
        return new ApiConfig(tokensFile, inline, allowAnonymous, submitRate, submitBurst, writeTimeout);
    }

    /** A copy with this submission rate and burst. */
    public ApiConfig withSubmitLimit(double rate, int burst) {
        return new ApiConfig(tokensFile, tokens, allowAnonymous, rate, burst, writeTimeout);
    }
}
