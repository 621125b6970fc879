package io.kairos.worker.ledger.service;

import static io.kairos.worker.ledger.fixtures.RequestBuilder.T0;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.testkit.KafkaTestCluster;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger instance stopped gracefully (a rolling restart, a scale-in) leaves the group, so the others
 * take its partitions at once instead of after its session has expired.
 */
class LedgerGracefulStopTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    /** Longer than the test waits for the handover: a member that did not leave holds its partitions so long. */
    private static final Duration LONG_SESSION = Duration.ofSeconds(90);
    private static final int PIPELINES = 8;

    private final LedgerOnBroker broker = new LedgerOnBroker(kafka);

    @TempDir
    Path stateDirs;

    @Test
    void theOtherInstanceDispatchesFromEveryPartitionLongBeforeTheStoppedOnesSessionWouldExpire() {
        broker.createTopics();
        String applicationId = kafka.uniqueName("ledger");
        try (LedgerService first = service(applicationId, "first");
             LedgerService second = service(applicationId, "second")) {
            first.start();
            second.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> first.isReady() && second.isReady()
                    && first.activeTasks() > 0 && second.activeTasks() > 0);

            first.close();
            for (int p = 0; p < PIPELINES; p++) {
                broker.request(aRequest().pipeline(PipelineId.of("acme", "pipeline-" + p)).scheduledFor(T0).build());
            }

            await().atMost(LONG_SESSION.dividedBy(3)).until(() -> second.activeTasks() == LedgerOnBroker.PARTITIONS
                    && broker.dispatched().size() >= PIPELINES);
            assertThat(broker.dispatched()).extracting(DispatchedRun::pipelineId).doesNotHaveDuplicates()
                    .hasSize(PIPELINES);
        }
    }

    private LedgerService service(String applicationId, String name) {
        return new LedgerService(broker.config(applicationId, stateDirs.resolve(name),
                Map.of("session.timeout.ms", Long.toString(LONG_SESSION.toMillis()))), new SimpleMeterRegistry(),
                Clock.systemUTC());
    }
}
