package io.kairos.trigger.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kairos.model.serde.UnreadableRecordException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SchedulePositionSerdeTest {

    private static final String TOPIC = "kairos-trigger-trigger-schedules-changelog";
    private final SchedulePositionSerde serde = new SchedulePositionSerde();

    @Test
    void millisecondInstantsAreWrittenAsNumbersAndFinerOnesAsText() {
        SchedulePosition position = new SchedulePosition(Instant.parse("2026-03-01T10:00:00.120Z"),
                Instant.parse("2026-03-01T10:01:00.000000001Z"), null, Instant.parse("2026-03-01T09:00:00Z"),
                Instant.parse("2026-03-01T10:01:07Z"));

        String json = new String(serde.serialize(TOPIC, position), StandardCharsets.UTF_8);

        assertThat(json).contains("\"cursor\":1772359200120", "\"nextFire\":\"2026-03-01T10:01:00.000000001Z\"",
                        "\"wakeUpAt\":1772359267000")
                .doesNotContain("pausedAt");
        assertThat(serde.deserialize(TOPIC, json.getBytes(StandardCharsets.UTF_8))).isEqualTo(position);
    }

    @Test
    void isoTextInstantsAreReadToo() {
        byte[] text = "{\"schemaVersion\":1,\"cursor\":\"2026-03-01T10:00:00Z\",\"pausedAt\":\"2026-03-01T09:59:00Z\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(serde.deserialize(TOPIC, text)).isEqualTo(new SchedulePosition(Instant.parse("2026-03-01T10:00:00Z"),
                null, Instant.parse("2026-03-01T09:59:00Z"), null, null));
    }

    @Test
    void aPositionWithoutCursorIsUnreadable() {
        assertThatThrownBy(() -> serde.deserialize(TOPIC, "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordException.class).hasMessageContaining("cursor");
    }

    @Test
    void anythingButAPositionObjectIsUnreadableWithItsReason() {
        assertThatThrownBy(() -> serde.deserialize(TOPIC, "[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordException.class).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> serde.deserialize(TOPIC, "{\"cursor\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> serde.deserialize(TOPIC, "{\"cursor\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordException.class).hasMessageContaining("not a schedule position");
    }
}
