package io.kairos.worker.ledger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.LedgerBeacon;
import io.kairos.model.serde.UnreadableRecordException;
import io.kairos.model.topic.Topic;
import io.kairos.worker.ledger.rules.LedgerListener;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one input topic's raw records. A readable record, keyed by the pipeline it names, goes on
 * to the ledger, and so does a beacon of the ledger's own on run-events; anything else goes to the dead-letter topic with the reason in its headers, and
 * the partition keeps flowing.
 */
final class InputDecoder<V> implements Processor<byte[], byte[], Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(InputDecoder.class);

    private final Topic<PipelineId, V> topic;
    private final Function<V, PipelineId> pipelineOf;
    private final boolean carriesBeacons;
    private final LedgerListener listener;
    private ProcessorContext<Object, Object> context;

    /** @param carriesBeacons whether the topic also carries the ledger's {@link LedgerBeacon}s, passed on as they are */
    InputDecoder(Topic<PipelineId, V> topic, Function<V, PipelineId> pipelineOf, boolean carriesBeacons,
                 LedgerListener listener) {
        this.listener = listener;
        this.topic = topic;
        this.pipelineOf = pipelineOf;
        this.carriesBeacons = carriesBeacons;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> raw) {
        if (carriesBeacons && LedgerBeacon.isBeacon(raw.headers())) {
            passBeacon(raw);
            return;
        }
        try {
            PipelineId key = topic.keySerde().deserializer().deserialize(topic.name(), raw.key());
            V value = topic.valueSerde().deserializer().deserialize(topic.name(), raw.value());
            context.forward(raw.withKey((Object) key).withValue((Object) checked(key, value)), NodeNames.LEDGER);
        } catch (SerializationException e) {
            deadLetter(raw, e instanceof UnreadableRecordException unreadable ? unreadable.reason() : e.getMessage());
        }
    }

    private void passBeacon(Record<byte[], byte[]> raw) {
        Optional<LedgerBeacon> beacon = LedgerBeacon.of(raw.headers());
        if (beacon.isEmpty()) {
            deadLetter(raw, "the " + LedgerBeacon.HEADER + " header does not name a partition");
            return;
        }
        context.forward(raw.withKey((Object) null).withValue((Object) beacon.get()), NodeNames.LEDGER);
    }

    private V checked(PipelineId key, V value) {
        if (value == null) {
            throw new SerializationException("the value is missing");
        }
        PipelineId named = pipelineOf.apply(value);
        if (!named.equals(key)) {
            throw new SerializationException("the key " + key + " is not the record's pipeline " + named);
        }
        return value;
    }

    private void deadLetter(Record<byte[], byte[]> raw, String reason) {
        RecordMetadata where = context.recordMetadata().orElseThrow();
        log.warn("Unreadable record at {}-{} offset {} goes to the dead-letter topic; the ledger keeps running: {}",
                where.topic(), where.partition(), where.offset(), reason);
        ProducerRecord<byte[], byte[]> dead = DeadLetters.unreadable(where.topic(), where.partition(), where.offset(),
                reason, raw.key(), raw.value());
        context.forward(new Record<Object, Object>(raw.key(), raw.value(), raw.timestamp(), dead.headers()),
                NodeNames.DEAD_LETTER_SINK);
        listener.unreadable();
    }
}
