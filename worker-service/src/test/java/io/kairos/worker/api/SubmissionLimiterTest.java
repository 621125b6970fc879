package io.kairos.worker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SubmissionLimiterTest {

    private Instant now = Instant.parse("2026-03-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aTenantMayBurstThenWaitsForTheRefillWhileOthersAreUnaffected() {
        SubmissionLimiter limiter = new SubmissionLimiter(2.0, 3, clock);
        Caller acme = Caller.ofTenant("acme");
        for (int i = 0; i < 3; i++) {
            limiter.admit(acme);
        }

        assertThatThrownBy(() -> limiter.admit(acme)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.headers()).containsEntry("Retry-After", "1");
        });
        limiter.admit(Caller.ofTenant("globex"));

        now = now.plus(Duration.ofMillis(500));
        limiter.admit(acme);
    }

    @Test
    void tokensAreMatchedByTheirHashAndGrantAdminOrOneTenant() {
        ApiTokens tokens = ApiTokens.from(ApiConfig.DEFAULTS.withTokens(ApiTokens.hash("root-token") + "=admin, "
                + ApiTokens.hash("acme-token") + "=acme"));

        assertThat(tokens.identify("root-token")).hasValueSatisfying(caller -> assertThat(caller.isAdmin()).isTrue());
        assertThat(tokens.identify("acme-token")).hasValueSatisfying(caller -> assertThat(caller.tenant()).isEqualTo("acme"));
        assertThat(tokens.identify("guess")).isEmpty();
        assertThat(ApiTokens.hash("test")).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThatThrownBy(() -> ApiTokens.from(ApiConfig.DEFAULTS.withTokens("plaintext=admin")))
                .hasMessageContaining("expected 64 hex digits");
    }
}
