package io.kairos.trigger.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.model.serde.Json;
import io.kairos.model.serde.JsonSerde;
import io.kairos.model.serde.UnreadableRecordException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Schedule positions in the trigger's store and its changelog:
 * {@code {"schemaVersion":1, "cursor":..., "nextFire":..., "pausedAt":..., "resumedAt":..., "wakeUpAt":...}}, absent
 * instants left out. Instants are epoch
 * milliseconds when they have no finer part (cheap to read on every fire), else ISO-8601 text; both
 * forms are read.
 */
final class SchedulePositionSerde implements Serde<SchedulePosition>, Serializer<SchedulePosition>, Deserializer<SchedulePosition> {

    private static final String CURSOR = "cursor";
    private static final String NEXT_FIRE = "nextFire";
    private static final String PAUSED_AT = "pausedAt";
    private static final String RESUMED_AT = "resumedAt";
    private static final String WAKE_UP_AT = "wakeUpAt";
    private static final int NANOS_PER_MILLI = 1_000_000;

    @Override
    public byte[] serialize(String topic, SchedulePosition state) {
        if (state == null) {
            return null;
        }
        ObjectNode node = Json.mapper().createObjectNode().put(JsonSerde.SCHEMA_VERSION_FIELD, JsonSerde.CURRENT_SCHEMA_VERSION);
        putIfPresent(node, CURSOR, state.cursor());
        putIfPresent(node, NEXT_FIRE, state.nextFire());
        putIfPresent(node, PAUSED_AT, state.pausedAt());
        putIfPresent(node, RESUMED_AT, state.resumedAt());
        putIfPresent(node, WAKE_UP_AT, state.wakeUpAt());
        try {
            return Json.mapper().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new SerializationException("cannot write a schedule position", e);
        }
    }

    @Override
    public SchedulePosition deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        JsonNode node = tree(topic, data);
        try {
            return new SchedulePosition(Objects.requireNonNull(instant(node, CURSOR), CURSOR), instant(node, NEXT_FIRE),
                    instant(node, PAUSED_AT), instant(node, RESUMED_AT), instant(node, WAKE_UP_AT));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new UnreadableRecordException(topic, "not a schedule position: " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(String topic, byte[] data) {
        try {
            JsonNode node = Json.mapper().readTree(data);
            if (node == null || !node.isObject()) {
                throw new UnreadableRecordException(topic, "expected a JSON object", null);
            }
            return node;
        } catch (IOException e) {
            throw new UnreadableRecordException(topic, "not JSON: " + e.getMessage(), e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, Instant value) {
        if (value == null) {
            return;
        }
        if (value.getNano() % NANOS_PER_MILLI == 0) {
            node.put(field, value.toEpochMilli());
        } else {
            node.put(field, value.toString());
        }
    }

    private static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isIntegralNumber() ? Instant.ofEpochMilli(value.longValue()) : Instant.parse(value.asText());
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // configured by construction
    }

    @Override
    public Serializer<SchedulePosition> serializer() {
        return this;
    }

    @Override
    public Deserializer<SchedulePosition> deserializer() {
        return this;
    }

    @Override
    public void close() {
        // stateless
    }
}
