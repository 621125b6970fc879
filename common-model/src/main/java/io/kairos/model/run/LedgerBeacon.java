package io.kairos.model.run;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The ledger's beacon on one partition of {@code kairos.run-events}: a record with neither key nor
 * value, marked by the {@value #HEADER} header that names the partition. Each ledger task writes
 * one to its own partition on every sweep and reads it back with the workers' reports, so the
 * partition never goes quiet while it works: a gap in its append times means nothing could be
 * appended or read there (a broker failing over, the ledger paused), and the workers' heartbeats
 * were held up with everything else. Readers of the topic other than the ledger skip beacons.
 *
 * @param partition the partition of {@code kairos.run-events} the beacon is written to
 */
public record LedgerBeacon(int partition) {

    public static final String HEADER = "kairos-beacon";

    public LedgerBeacon {
        if (partition < 0) {
            throw new IllegalArgumentException("partition: must not be negative, was " + partition);
        }
    }

    /** Whether a record of {@code kairos.run-events} with these headers is a beacon rather than a report. */
    public static boolean isBeacon(Headers headers) {
        return headers != null && headers.lastHeader(HEADER) != null;
    }

    /** The beacon a record's headers carry, if they carry a readable one. */
    public static Optional<LedgerBeacon> of(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(HEADER);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LedgerBeacon(Integer.parseInt(new String(header.value(), StandardCharsets.UTF_8))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The headers that mark this beacon's record. */
    public Headers headers() {
        return new RecordHeaders().add(HEADER, Integer.toString(partition).getBytes(StandardCharsets.UTF_8));
    }
}
