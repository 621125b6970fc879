package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys of the due-time index: 8 bytes of due time (epoch milliseconds, big-endian, sign bit flipped)
 * followed by the pipeline id in UTF-8. Stores order keys by unsigned bytes, so key order is due-time
 * order and a range scan up to now finds exactly the pipelines that are due.
 */
final class DueIndexKey {

    private static final int TIME_BYTES = Long.BYTES;

    private DueIndexKey() {
    }

    static Bytes of(Instant due, PipelineId id) {
        byte[] idBytes = id.value().getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(TIME_BYTES + idBytes.length)
                .putLong(orderable(due.toEpochMilli())).put(idBytes).array());
    }

    /** The smallest key of any pipeline due after {@code instant}: scans up to it hold everything due by then. */
    static Bytes firstAfter(Instant instant) {
        return Bytes.wrap(ByteBuffer.allocate(TIME_BYTES).putLong(orderable(instant.toEpochMilli() + 1)).array());
    }

    /** The smallest key of all. */
    static Bytes first() {
        return Bytes.wrap(ByteBuffer.allocate(TIME_BYTES).putLong(orderable(Long.MIN_VALUE)).array());
    }

    static PipelineId pipelineOf(Bytes key) {
        byte[] bytes = key.get();
        return PipelineId.parse(new String(Arrays.copyOfRange(bytes, TIME_BYTES, bytes.length), StandardCharsets.UTF_8));
    }

    static Instant dueOf(Bytes key) {
        return Instant.ofEpochMilli(ByteBuffer.wrap(key.get()).getLong() ^ Long.MIN_VALUE);
    }

    private static long orderable(long epochMillis) {
        return epochMillis ^ Long.MIN_VALUE;
    }
}
