package io.kairos.worker.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The partition's flow on the broker's clock: how much more it must carry before an attempt may be judged stale. */
class PartitionFlowTest {

    private static final Duration BEACON = Duration.ofSeconds(1);
    private static final Duration STALE_AFTER = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final PartitionFlow flow = new PartitionFlow(BEACON);

    private void flowing(int fromSecond, int toSecond) {
        for (int second = fromSecond; second <= toSecond; second++) {
            flow.read(T0.plusSeconds(second));
        }
    }

    @Test
    void nothingReadYetMeansAWholeStaleAfterIsStillToFlow() {
        assertThat(flow.stillToFlow(T0, STALE_AFTER)).isEqualTo(STALE_AFTER);
    }

    @Test
    void aPartitionFlowingWithoutGapsMayJudgeOneBeaconIntervalBeforeTheDeadline() {
        flowing(0, 8);
        assertThat(flow.stillToFlow(T0, STALE_AFTER)).isEqualTo(Duration.ofSeconds(1));
        flowing(9, 9);
        assertThat(flow.stillToFlow(T0, STALE_AFTER)).isZero();
    }

    @Test
    void aGapLongerThanThreeBeaconIntervalsRestartsTheCountFromTheFirstRecordAfterIt() {
        flowing(0, 5);
        flowing(20, 27);
        assertThat(flow.stillToFlow(T0, STALE_AFTER)).isEqualTo(Duration.ofSeconds(2));
        flowing(28, 29);
        assertThat(flow.stillToFlow(T0, STALE_AFTER)).isZero();
    }

    @Test
    void aPauseOfThreeBeaconIntervalsIsNotAGap() {
        flow.read(T0);
        flow.read(T0.plusSeconds(3));
        flowing(4, 9);
        assertThat(flow.stillToFlow(T0, STALE_AFTER)).isZero();
    }

    @Test
    void aReportAfterTheGapCountsFromTheReport() {
        flowing(0, 30);
        assertThat(flow.stillToFlow(T0.plusSeconds(25), STALE_AFTER)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aRecordAppendedBeforeOnesAlreadyReadNeitherMovesTheFlowBackNorOpensAGap() {
        flowing(0, 9);
        flow.read(T0.plusSeconds(2));
        flowing(10, 10);
        assertThat(flow.stillToFlow(T0, STALE_AFTER)).isZero();
    }
}
