package io.kairos.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.serde.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantTextTest {

    @Test
    void writesWhatInstantToStringWritesForEveryPrecision() {
        Instant base = Instant.parse("2026-03-29T01:00:00Z");
        for (long nanos : new long[] {0, 1, 1_000, 120_000_000, 999_999_999}) {
            Instant instant = base.plusNanos(nanos);
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void instantsSharingASlotEachGetTheirOwnText() {
        for (int i = 0; i < 1_000; i++) {
            Instant instant = Instant.ofEpochSecond(1_772_359_200L + i % 37, (i % 7) * 1_000_000L);
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void theSharedMapperWritesInstantsAsTheirIsoText() throws Exception {
        Instant instant = Instant.parse("2026-10-25T01:30:00.000000001Z");
        assertThat(Json.mapper().writeValueAsString(instant)).isEqualTo("\"2026-10-25T01:30:00.000000001Z\"");
        assertThat(Json.mapper().readValue("\"2026-10-25T01:30:00.000000001Z\"", Instant.class)).isEqualTo(instant);
    }
}
