package io.kairos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThreeBrokerClusterTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.brokers(3);

    @Test
    void keepsServingWhileOneBrokerIsDownAndRejoinsTheIsrWhenRestarted() {
        String topic = kafka.uniqueName("replicated");
        kafka.createTopic(topic, 1, Map.of("min.insync.replicas", "2"));
        kafka.produce(topic, "k", "before");
        int leader = leader(topic).id();

        kafka.stopBroker(leader);
        kafka.produce(topic, "k", "while-down");

        assertThat(values(topic)).containsExactly("before", "while-down");
        assertThat(leader(topic).id()).isNotEqualTo(leader);

        kafka.startBroker(leader);
        await("broker " + leader + " back in the ISR").atMost(Duration.ofSeconds(30))
                .until(() -> partition(topic).isr().size() == 3);
        kafka.produce(topic, "k", "after");
        assertThat(values(topic)).containsExactly("before", "while-down", "after");
    }

    @Test
    void reportsThreeBrokers() {
        assertThat(kafka.brokerCount()).isEqualTo(3);
        assertThat(kafka.bootstrapServers().split(",")).hasSize(3);
    }

    private static List<String> values(String topic) {
        return kafka.consumeAll(topic).stream().map(record -> new String(record.value())).toList();
    }

    private static org.apache.kafka.common.Node leader(String topic) {
        return partition(topic).leader();
    }

    private static TopicPartitionInfo partition(String topic) {
        try {
            TopicDescription description = kafka.admin().describeTopics(List.of(topic))
                    .allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
            return description.partitions().get(0);
        } catch (Exception e) {
            throw new AssertionError("Could not describe " + topic, e);
        }
    }
}
