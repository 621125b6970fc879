package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.serde.UnreadableRecordException;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the raw records of {@code kairos.pipelines}: a readable one goes on to the scheduler as
 * (pipeline id, spec or null for a tombstone); an unreadable one goes to {@code kairos.dead-letter}
 * with the reason in headers, in the same transaction, and the trigger carries on.
 */
final class SpecReader implements Processor<byte[], byte[], Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(SpecReader.class);

    private final String scheduler;
    private final String deadLetterSink;
    private final Runnable onDeadLetter;
    private ProcessorContext<Object, Object> context;

    SpecReader(String scheduler, String deadLetterSink, Runnable onDeadLetter) {
        this.scheduler = scheduler;
        this.deadLetterSink = deadLetterSink;
        this.onDeadLetter = onDeadLetter;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String topic = Topics.PIPELINES.name();
        try {
            PipelineId id = Topics.PIPELINES.keySerde().deserializer().deserialize(topic, record.key());
            PipelineSpec spec = Topics.PIPELINES.valueSerde().deserializer().deserialize(topic, record.value());
            context.forward(record.withKey((Object) id).withValue(spec), scheduler);
        } catch (UnreadableRecordException e) {
            deadLetter(record, e);
        }
    }

    private void deadLetter(Record<byte[], byte[]> record, UnreadableRecordException e) {
        UnreadableRecord unreadable = unreadable(e);
        log.warn("{}; sent to the dead-letter topic, continuing", unreadable);
        ProducerRecord<byte[], byte[]> copy = DeadLetters.copyOf(unreadable, record.key(), record.value());
        context.forward(new Record<Object, Object>(copy.key(), copy.value(), record.timestamp(), copy.headers()),
                deadLetterSink);
        onDeadLetter.run();
    }

    private UnreadableRecord unreadable(UnreadableRecordException e) {
        RecordMetadata where = context.recordMetadata().orElse(null);
        return where == null
                ? new UnreadableRecord(e.topic(), -1, -1, e.reason())
                : new UnreadableRecord(where.topic(), where.partition(), where.offset(), e.reason());
    }
}
