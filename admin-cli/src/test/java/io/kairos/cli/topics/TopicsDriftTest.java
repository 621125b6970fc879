package io.kairos.cli.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.cli.CliRun;
import io.kairos.testkit.KafkaTestCluster;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Drift between the cluster and the catalogue, found by kairosctl topics verify. */
class TopicsDriftTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @Test
    void verifyNamesEveryDriftAndExitsOne() {
        CliRun.of("topics", "create", "--bootstrap-server", kafka.bootstrapServers());
        kafka.createTopic("kairos.runs.drifted.high", 3, Map.of("cleanup.policy", "compact"));

        CliRun verified = CliRun.of("topics", "verify", "--bootstrap-server", kafka.bootstrapServers());

        assertThat(verified.exitCode()).isEqualTo(1);
        assertThat(verified.out())
                .contains("DRIFT kairos.runs.drifted.high: has 3 partitions, expected 12")
                .contains("DRIFT kairos.runs.drifted.high: cleanup.policy is compact, expected delete")
                .contains("DRIFT kairos.runs.drifted.normal: missing")
                .contains("DRIFT kairos.runs.drifted.low: missing")
                .contains("4 problem(s) in 13 topics");

        CliRun repaired = CliRun.of("topics", "create", "--bootstrap-server", kafka.bootstrapServers());
        assertThat(repaired.out()).contains("kairos.runs.drifted.normal").contains("created");
    }
}
