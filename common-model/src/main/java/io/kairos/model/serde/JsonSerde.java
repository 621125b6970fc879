package io.kairos.model.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;

/**
 * JSON values with a schema version: every value is an object whose {@code schemaVersion} field says
 * which layout it has. A reader refuses a version newer than it knows, and anything that is not a
 * value of the type, with an {@link UnreadableRecordException} naming the topic and the reason.
 * A null value (a tombstone) stays null both ways.
 */
public final class JsonSerde<T> extends SelfSerde<T> {

    public static final String SCHEMA_VERSION_FIELD = "schemaVersion";
    public static final int CURRENT_SCHEMA_VERSION = 1;

    /** {@code {"schemaVersion":1}}: a value with no fields; a value's fields follow the version after a comma. */
    private static final byte[] VERSION_PREFIX =
            ("{\"" + SCHEMA_VERSION_FIELD + "\":" + CURRENT_SCHEMA_VERSION + "}").getBytes(StandardCharsets.UTF_8);

    private final Class<T> type;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    public JsonSerde(Class<T> type) {
        this.type = type;
        this.writer = Json.mapper().writerFor(type);
        this.reader = Json.mapper().readerFor(type);
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        try {
            return withSchemaVersion(writer.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " to topic " + topic, e);
        }
    }

    /** Puts the version first into the object Jackson wrote: {@code {...}} becomes {@code {"schemaVersion":1,...}}. */
    private byte[] withSchemaVersion(byte[] object) {
        if (object.length < 2 || object[0] != '{') {
            throw new SerializationException("a " + type.getSimpleName() + " must be written as a JSON object");
        }
        boolean empty = object.length == 2;
        byte[] framed = new byte[VERSION_PREFIX.length + object.length - (empty ? 2 : 1)];
        System.arraycopy(VERSION_PREFIX, 0, framed, 0, VERSION_PREFIX.length);
        if (empty) {
            framed[framed.length - 1] = '}';
            return framed;
        }
        framed[VERSION_PREFIX.length - 1] = ',';
        System.arraycopy(object, 1, framed, VERSION_PREFIX.length, object.length - 1);
        return framed;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (startsWithCurrentVersion(data)) {
            return bind(topic, data);
        }
        JsonNode tree = readTree(topic, data);
        checkSchemaVersion(topic, tree);
        ((ObjectNode) tree).remove(SCHEMA_VERSION_FIELD);
        try {
            return reader.readValue(tree);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableRecordException(topic, "not a " + type.getSimpleName() + ": " + brief(e), e);
        }
    }

    /** What this serde writes starts with the current version: read it in one pass (the version is an ignored field). */
    private static boolean startsWithCurrentVersion(byte[] data) {
        if (data.length <= VERSION_PREFIX.length) {
            return false;
        }
        for (int i = 0; i < VERSION_PREFIX.length - 1; i++) {
            if (data[i] != VERSION_PREFIX[i]) {
                return false;
            }
        }
        byte after = data[VERSION_PREFIX.length - 1];
        return after == ',' || after == '}';
    }

    private T bind(String topic, byte[] data) {
        try {
            return reader.readValue(data);
        } catch (StreamReadException e) {
            throw new UnreadableRecordException(topic, "not JSON: " + brief(e), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableRecordException(topic, "not a " + type.getSimpleName() + ": " + brief(e), e);
        }
    }

    private JsonNode readTree(String topic, byte[] data) {
        try {
            JsonNode tree = Json.mapper().readTree(data);
            if (tree == null || !tree.isObject()) {
                throw new UnreadableRecordException(topic, "expected a JSON object", null);
            }
            return tree;
        } catch (IOException e) {
            throw new UnreadableRecordException(topic, "not JSON: " + brief(e), e);
        }
    }

    private void checkSchemaVersion(String topic, JsonNode tree) {
        JsonNode version = tree.get(SCHEMA_VERSION_FIELD);
        if (version == null || !version.canConvertToInt()) {
            throw new UnreadableRecordException(topic, "no integer field " + SCHEMA_VERSION_FIELD, null);
        }
        if (version.intValue() > CURRENT_SCHEMA_VERSION || version.intValue() < 1) {
            throw new UnreadableRecordException(topic, SCHEMA_VERSION_FIELD + " " + version.intValue()
                    + " is not one this service reads (1.." + CURRENT_SCHEMA_VERSION + ")", null);
        }
    }

    private static String brief(Exception e) {
        if (e instanceof JsonProcessingException jpe) {
            return jpe.getOriginalMessage();
        }
        return e.getMessage();
    }
}
