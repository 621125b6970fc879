package io.kairos.model.serde;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** Ids as UTF-8 keys, read back through the id's own validation. */
public final class IdSerde<T> extends SelfSerde<T> {

    private final String kind;
    private final Function<String, T> parser;

    private IdSerde(String kind, Function<String, T> parser) {
        this.kind = kind;
        this.parser = parser;
    }

    public static IdSerde<PipelineId> pipelineId() {
        return new IdSerde<>("pipeline id", PipelineId::parse);
    }

    public static IdSerde<RunId> runId() {
        return new IdSerde<>("run id", RunId::of);
    }

    public static IdSerde<WorkerId> workerId() {
        return new IdSerde<>("worker id", WorkerId::of);
    }

    @Override
    public byte[] serialize(String topic, T id) {
        return id == null ? null : id.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new UnreadableRecordException(topic, "the key is missing: expected a " + kind, null);
        }
        try {
            return parser.apply(new String(data, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new UnreadableRecordException(topic, "the key is not a " + kind + ": " + e.getMessage(), e);
        }
    }
}
