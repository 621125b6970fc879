package io.kairos.trigger.topology;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kairos.model.serde.Json;
import io.kairos.model.serde.JsonSerde;
import io.kairos.model.serde.UnreadableRecordException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
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
 * forms are read. Written and read as a token stream, without a tree: a position is read and written
 * on every fire.
 */
final class SchedulePositionSerde implements Serde<SchedulePosition>, Serializer<SchedulePosition>, Deserializer<SchedulePosition> {

    private static final String CURSOR = "cursor";
    private static final String NEXT_FIRE = "nextFire";
    private static final String PAUSED_AT = "pausedAt";
    private static final String RESUMED_AT = "resumedAt";
    private static final String WAKE_UP_AT = "wakeUpAt";
    private static final int NANOS_PER_MILLI = 1_000_000;
    private static final JsonFactory FACTORY = Json.mapper().getFactory();

    @Override
    public byte[] serialize(String topic, SchedulePosition state) {
        if (state == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeNumberField(JsonSerde.SCHEMA_VERSION_FIELD, JsonSerde.CURRENT_SCHEMA_VERSION);
            writeIfPresent(json, CURSOR, state.cursor());
            writeIfPresent(json, NEXT_FIRE, state.nextFire());
            writeIfPresent(json, PAUSED_AT, state.pausedAt());
            writeIfPresent(json, RESUMED_AT, state.resumedAt());
            writeIfPresent(json, WAKE_UP_AT, state.wakeUpAt());
            json.writeEndObject();
        } catch (IOException e) {
            throw new SerializationException("cannot write a schedule position", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public SchedulePosition deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        Map<String, Instant> fields = read(topic, data);
        try {
            return new SchedulePosition(Objects.requireNonNull(fields.get(CURSOR), CURSOR), fields.get(NEXT_FIRE),
                    fields.get(PAUSED_AT), fields.get(RESUMED_AT), fields.get(WAKE_UP_AT));
        } catch (NullPointerException e) {
            throw new UnreadableRecordException(topic, "not a schedule position: " + e.getMessage(), e);
        }
    }

    /** The instants of a position object by field name; other fields (the schema version) are skipped. */
    private static Map<String, Instant> read(String topic, byte[] data) {
        try (JsonParser json = FACTORY.createParser(data)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableRecordException(topic, "expected a JSON object", null);
            }
            Map<String, Instant> fields = new HashMap<>(8);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (value == JsonToken.VALUE_NUMBER_INT) {
                    fields.put(field, Instant.ofEpochMilli(json.getLongValue()));
                } else if (value == JsonToken.VALUE_STRING) {
                    fields.put(field, Instant.parse(json.getText()));
                } else {
                    json.skipChildren();
                }
            }
            return fields;
        } catch (IOException e) {
            throw new UnreadableRecordException(topic, "not JSON: " + e.getMessage(), e);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new UnreadableRecordException(topic, "not a schedule position: " + e.getMessage(), e);
        }
    }

    private static void writeIfPresent(JsonGenerator json, String field, Instant value) throws IOException {
        if (value == null) {
            return;
        }
        if (value.getNano() % NANOS_PER_MILLI == 0) {
            json.writeNumberField(field, value.toEpochMilli());
        } else {
            json.writeStringField(field, value.toString());
        }
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
