package io.kairos.model.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.model.serde.Json;
import io.kairos.model.serde.JsonSerde;
import io.kairos.model.serde.SelfSerde;
import io.kairos.model.serde.UnreadableRecordException;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Pipeline specs on {@code kairos.pipelines}: {@code {"schemaVersion": 1, "spec": <the spec document>}},
 * the document as {@link SpecWriter} writes it. A reader validates it with {@link SpecParser}, so a
 * spec that slipped past the CLI and API unvalidated is an unreadable record naming every problem.
 */
public final class PipelineSpecSerde extends SelfSerde<PipelineSpec> {

    public static final String SPEC_FIELD = "spec";

    @Override
    public byte[] serialize(String topic, PipelineSpec spec) {
        if (spec == null) {
            return null;
        }
        ObjectNode envelope = Json.mapper().createObjectNode()
                .put(JsonSerde.SCHEMA_VERSION_FIELD, JsonSerde.CURRENT_SCHEMA_VERSION);
        envelope.set(SPEC_FIELD, SpecWriter.toTree(spec));
        try {
            return Json.mapper().writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new SerializationException("cannot write pipeline " + spec.id() + " to topic " + topic, e);
        }
    }

    @Override
    public PipelineSpec deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        JsonNode document = envelope(topic, data).get(SPEC_FIELD);
        if (document == null || !document.isObject()) {
            throw new UnreadableRecordException(topic, "no object field " + SPEC_FIELD, null);
        }
        try {
            return SpecParser.parse(document);
        } catch (InvalidSpecException e) {
            throw new UnreadableRecordException(topic, "invalid pipeline spec: " + e.getMessage(), e);
        }
    }

    private static JsonNode envelope(String topic, byte[] data) {
        JsonNode envelope;
        try {
            envelope = Json.mapper().readTree(data);
        } catch (IOException e) {
            throw new UnreadableRecordException(topic, "not JSON: " + e.getMessage(), e);
        }
        if (envelope == null || !envelope.isObject()) {
            throw new UnreadableRecordException(topic, "expected a JSON object", null);
        }
        JsonNode version = envelope.get(JsonSerde.SCHEMA_VERSION_FIELD);
        if (version == null || version.intValue() < 1 || version.intValue() > JsonSerde.CURRENT_SCHEMA_VERSION) {
            throw new UnreadableRecordException(topic, JsonSerde.SCHEMA_VERSION_FIELD + " missing or not one this service reads (1.."
                    + JsonSerde.CURRENT_SCHEMA_VERSION + ")", null);
        }
        return envelope;
    }
}
