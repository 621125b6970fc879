package io.kairos.trigger.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.model.serde.Json;
import io.kairos.model.serde.JsonSerde;
import io.kairos.model.serde.UnreadableRecordException;
import io.kairos.model.spec.SpecParser;
import io.kairos.model.spec.SpecWriter;
import io.kairos.trigger.schedule.ScheduleState;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Schedule states in the trigger's store and its changelog:
 * {@code {"schemaVersion":1, "spec":{...}, "cursor":"...", "nextFire":"...", "pausedAt":..., "resumedAt":...}},
 * the spec as {@link SpecWriter} writes it and absent instants left out.
 */
public final class ScheduleStateSerde implements Serde<ScheduleState>, Serializer<ScheduleState>, Deserializer<ScheduleState> {

    private static final String SPEC = "spec";
    private static final String CURSOR = "cursor";
    private static final String NEXT_FIRE = "nextFire";
    private static final String PAUSED_AT = "pausedAt";
    private static final String RESUMED_AT = "resumedAt";

    @Override
    public byte[] serialize(String topic, ScheduleState state) {
        if (state == null) {
            return null;
        }
        ObjectNode node = Json.mapper().createObjectNode().put(JsonSerde.SCHEMA_VERSION_FIELD, JsonSerde.CURRENT_SCHEMA_VERSION);
        node.set(SPEC, SpecWriter.toTree(state.spec()));
        node.put(CURSOR, state.cursor().toString());
        putIfPresent(node, NEXT_FIRE, state.nextFire());
        putIfPresent(node, PAUSED_AT, state.pausedAt());
        putIfPresent(node, RESUMED_AT, state.resumedAt());
        try {
            return Json.mapper().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new SerializationException("cannot write the schedule state of " + state.spec().id(), e);
        }
    }

    @Override
    public ScheduleState deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        JsonNode node = tree(topic, data);
        try {
            return new ScheduleState(SpecParser.parse(node.path(SPEC)), instant(node, CURSOR), instant(node, NEXT_FIRE),
                    instant(node, PAUSED_AT), instant(node, RESUMED_AT));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableRecordException(topic, "not a schedule state: " + e.getMessage(), e);
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
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : Instant.parse(value.asText());
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // configured by construction
    }

    @Override
    public Serializer<ScheduleState> serializer() {
        return this;
    }

    @Override
    public Deserializer<ScheduleState> deserializer() {
        return this;
    }

    @Override
    public void close() {
        // stateless
    }
}
