package io.kairos.worker.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndexKeysTest {

    @Test
    void zeroPaddedMatchesTheFormatItReplaces() {
        for (long value : List.of(0L, 7L, 42L, 1_764_806_400_000L, 9_999_999_999_999_999L)) {
            assertThat(IndexKeys.zeroPadded(value, 16)).isEqualTo(String.format("%016d", value));
        }
        assertThat(IndexKeys.zeroPadded(3, 2)).isEqualTo("03");
        assertThat(IndexKeys.zeroPadded(10, 2)).isEqualTo("10");
    }

    @Test
    void timeKeysSortAsTheirInstants() {
        List<Instant> instants = List.of(Instant.EPOCH, Instant.parse("2001-09-09T01:46:39.999Z"),
                Instant.parse("2001-09-09T01:46:40Z"), Instant.parse("2026-12-04T17:00:00Z"));
        List<String> keys = instants.stream().map(IndexKeys::time).toList();
        assertThat(keys).isSorted().doesNotHaveDuplicates();
        assertThat(Stream.of(Instant.parse("1969-12-31T23:59:59Z")).map(IndexKeys::time)).containsExactly(IndexKeys.time(Instant.EPOCH));
    }
}
