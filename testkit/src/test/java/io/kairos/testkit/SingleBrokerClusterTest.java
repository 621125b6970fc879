package io.kairos.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SingleBrokerClusterTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @Test
    void readsBackAProducedRecord() {
        String topic = kafka.uniqueName("echo");
        kafka.createTopic(topic, 3);

        kafka.produce(topic, "pipeline-1", "hello");

        List<ConsumerRecord<byte[], byte[]>> records = kafka.consumeAll(topic);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(text(record.key())).isEqualTo("pipeline-1");
            assertThat(text(record.value())).isEqualTo("hello");
        });
    }

    @Test
    void hidesAbortedTransactionalRecordsFromReadCommitted() {
        String topic = kafka.uniqueName("tx");
        kafka.createTopic(topic, 1);

        try (KafkaProducer<String, String> producer = transactionalProducer(kafka.uniqueName("tx-id"))) {
            producer.initTransactions();
            writeInTransaction(producer, topic, "aborted", false);
            writeInTransaction(producer, topic, "committed", true);
        }

        assertThat(values(kafka.consumeAll(topic))).containsExactly("committed");
        assertThat(values(kafka.consumeAll(topic, Duration.ofSeconds(10), IsolationLevel.READ_UNCOMMITTED)))
                .containsExactly("aborted", "committed");
    }

    @Test
    void givesEachCallANewNameThatNamesTheTest() {
        String first = kafka.uniqueName("orders");
        String second = kafka.uniqueName("orders");

        assertThat(first).isNotEqualTo(second).startsWith("orders-giveseachcallanewname");
        assertThat(second).matches("[a-z0-9-]+");
    }

    @Test
    void reportsOneBroker() {
        assertThat(kafka.brokerCount()).isEqualTo(1);
        assertThat(kafka.clientProperties()).containsOnlyKeys("bootstrap.servers");
    }

    private static KafkaProducer<String, String> transactionalProducer(String transactionalId) {
        Map<String, Object> properties = new HashMap<>(kafka.clientProperties());
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static void writeInTransaction(KafkaProducer<String, String> producer, String topic, String value,
                                           boolean commit) {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(topic, "key", value));
        producer.flush();
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }

    private static List<String> values(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(record -> text(record.value())).toList();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
