package io.kairos.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

    private static final TopicPartition P0 = new TopicPartition("kairos.runs.default.normal", 0);

    @Test
    void commitsNothingWhileTheFirstTakenRunIsUnacknowledged() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.taken(P0, 5);
        tracker.taken(P0, 6);
        tracker.done(P0, 6);
        assertThat(tracker.committable(List.of(P0))).containsExactly(Map.entry(P0, new OffsetAndMetadata(5)));
    }

    @Test
    void commitsPastEveryRunOnceAllAreAcknowledged() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.taken(P0, 5);
        tracker.taken(P0, 6);
        tracker.done(P0, 6);
        tracker.done(P0, 5);
        assertThat(tracker.committable(List.of(P0))).containsExactly(Map.entry(P0, new OffsetAndMetadata(7)));
    }

    @Test
    void offersAnOffsetOnlyOnceItMoved() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.taken(P0, 1);
        tracker.done(P0, 1);
        tracker.committed(tracker.committable(List.of(P0)));
        assertThat(tracker.committable(List.of(P0))).isEmpty();
    }

    @Test
    void forgetsRevokedPartitions() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.taken(P0, 1);
        tracker.forget(List.of(P0));
        assertThat(tracker.hasPending(List.of(P0))).isFalse();
        assertThat(tracker.committable(List.of(P0))).isEmpty();
    }
}
