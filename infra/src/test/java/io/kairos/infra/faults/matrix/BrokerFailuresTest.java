package io.kairos.infra.faults.matrix;

import io.kairos.infra.faults.harness.JvmProcess;
import io.kairos.infra.faults.harness.Seed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 8: on three brokers (replication 3, {@code min.insync.replicas} 2), one broker at a time is
 * stopped cleanly or killed with kill -9, kept down for a few seconds, and started again, three times
 * in a row. No acknowledged record is lost, no scheduled time fires twice or never, and every run ends
 * once.
 */
class BrokerFailuresTest {

    private static final Logger log = LoggerFactory.getLogger(BrokerFailuresTest.class);

    @Test
    void brokersStoppedAndKilledOneAtATimeLoseNoAcknowledgedRecord() throws Exception {
        try (ReplicatedWorkload workload = ReplicatedWorkload.start(BrokerFailuresTest.class)) {
            Random random = Seed.random();
            List<Integer> victims = new ArrayList<>(workload.brokers().nodeIds());
            Collections.shuffle(victims, random);
            workload.run();
            ReplicatedWorkload.hold(Duration.ofSeconds(5));
            for (int round = 0; round < victims.size(); round++) {
                int node = victims.get(round);
                JvmProcess broker = workload.brokers().node(node);
                boolean clean = round == 0;
                log.info("Round {}: broker {} {}", round + 1, node, clean ? "stopped with SIGTERM" : "killed with kill -9");
                if (clean) {
                    broker.terminate();
                } else {
                    broker.kill();
                }
                ReplicatedWorkload.hold(Duration.ofMillis(4000 + random.nextInt(4000)));
                workload.brokers().startNode(node);
                workload.brokers().awaitFullyReplicated();
                log.info("Round {}: broker {} back, every partition fully replicated", round + 1, node);
            }
            workload.finishAndCheck();
        }
    }
}
