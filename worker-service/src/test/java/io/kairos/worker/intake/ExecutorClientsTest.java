package io.kairos.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.config.KairosConfig;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** The lane consumer's settings (a dead executor's partitions move on well within a default staleAfter) and the claims producer's. */
class ExecutorClientsTest {

    @Test
    void aDeadExecutorLeavesTheGroupWithinTenSecondsByDefault() {
        Properties lane = clients(Map.of("bootstrap.servers", "k:9092")).laneConsumerProperties("default");

        assertThat(lane.getProperty(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG)).isEqualTo("10000");
        assertThat(lane.getProperty(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG)).isEqualTo("3000");
    }

    @Test
    void theOperatorsSessionTimeoutWins() {
        Properties lane = clients(Map.of("bootstrap.servers", "k:9092", "session.timeout.ms", "20000"))
                .laneConsumerProperties("default");

        assertThat(lane.getProperty(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG)).isEqualTo("20000");
        assertThat(lane.getProperty(ConsumerConfig.GROUP_ID_CONFIG)).isEqualTo("kairos-executor-default");
    }

    @Test
    void aCommittedDispatchIsFetchedWithinFiftyMillisecondsUnlessTheOperatorSaysOtherwise() {
        Properties lane = clients(Map.of("bootstrap.servers", "k:9092")).laneConsumerProperties("default");
        Properties tuned = clients(Map.of("bootstrap.servers", "k:9092", "fetch.max.wait.ms", "200"))
                .laneConsumerProperties("default");

        assertThat(lane.getProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)).isEqualTo("50");
        assertThat(tuned.getProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)).isEqualTo("200");
    }

    @Test
    void eachWorkerClaimsEachQueueUnderItsOwnTransactionalIdThatTheBrokerAbortsAfterTenSecondsIfLeftOpen() {
        Properties claims = clients(Map.of("bootstrap.servers", "k:9092", "kairos.worker.id", "w-1"))
                .claimsProducerProperties("reports");
        Properties tuned = clients(Map.of("bootstrap.servers", "k:9092", "kairos.worker.id", "w-1",
                "transaction.timeout.ms", "30000")).claimsProducerProperties("reports");

        assertThat(claims.getProperty(ProducerConfig.TRANSACTIONAL_ID_CONFIG)).isEqualTo("kairos-executor-reports-w-1");
        assertThat(claims.getProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG)).isEqualTo("10000");
        assertThat(claims.getProperty(ProducerConfig.ACKS_CONFIG)).isEqualTo("all");
        assertThat(tuned.getProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG)).isEqualTo("30000");
    }

    private static ExecutorClients clients(Map<String, String> settings) {
        return new ExecutorClients(WorkerExecutorConfig.from(KairosConfig.of(settings)));
    }
}
