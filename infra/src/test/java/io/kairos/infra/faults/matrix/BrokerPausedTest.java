package io.kairos.infra.faults.matrix;

import io.kairos.infra.faults.harness.JvmProcess;
import io.kairos.infra.faults.harness.Seed;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 9: one of three brokers frozen with SIGSTOP long enough to delay the services' transaction
 * commits (its partitions' writes and the coordinators on it stall until it is fenced), then SIGCONT;
 * twice. Read with {@code read_committed}, the history shows no torn transaction (none left open, no
 * attempt dispatched twice, the store matching a replay of its inputs), and every guarantee holds.
 */
class BrokerPausedTest {

    private static final Logger log = LoggerFactory.getLogger(BrokerPausedTest.class);

    @Test
    void aBrokerPausedLongEnoughToDelayCommitsTearsNoTransaction() throws Exception {
        try (ReplicatedWorkload workload = ReplicatedWorkload.start(BrokerPausedTest.class)) {
            Random random = Seed.random();
            List<Integer> nodes = workload.brokers().nodeIds();
            workload.run();
            ReplicatedWorkload.hold(Duration.ofSeconds(5));
            for (int round = 1; round <= 2; round++) {
                int node = nodes.get(random.nextInt(nodes.size()));
                JvmProcess broker = workload.brokers().node(node);
                Duration frozen = Duration.ofMillis(6000 + random.nextInt(6000));
                log.info("Round {}: broker {} paused for {}", round, node, frozen);
                broker.pause();
                ReplicatedWorkload.hold(frozen);
                broker.resume();
                workload.brokers().awaitFullyReplicated();
                log.info("Round {}: broker {} resumed, every partition fully replicated", round, node);
            }
            workload.finishAndCheck();
        }
    }
}
