package io.kairos.worker.ledger.topology;

import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The ledger's records on {@code kairos.dead-letter}: original key and value, where they came from and why, in headers. */
public final class DeadLetters {

    public static final String SERVICE = "ledger";
    public static final String HEADER_RUN_ID = "kairos.dlt.run-id";
    public static final String HEADER_ATTEMPT = "kairos.dlt.attempt";

    private DeadLetters() {
    }

    /** An input record the ledger could not read or process. */
    public static ProducerRecord<byte[], byte[]> unreadable(String topic, int partition, long offset, String reason,
                                                            byte[] key, byte[] value) {
        return new UnreadableRecord(topic, partition, offset, reason)
                .toDeadLetter(Topics.DEAD_LETTER.name(), key, value, SERVICE);
    }

    /** The headers of a run that failed with no attempts left. */
    static Headers failedRun(String runId, int attempt, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(UnreadableRecord.HEADER_REASON, bytes(reason));
        headers.add(UnreadableRecord.HEADER_TOPIC, bytes(Topics.RUN_REQUESTS.name()));
        headers.add(UnreadableRecord.HEADER_SERVICE, bytes(SERVICE));
        headers.add(HEADER_RUN_ID, bytes(runId));
        headers.add(HEADER_ATTEMPT, bytes(Integer.toString(attempt)));
        return headers;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
