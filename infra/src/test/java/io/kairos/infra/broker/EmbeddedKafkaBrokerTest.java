package io.kairos.infra.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    private static final String TOPIC = "kairos.restart-check";

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsAndRecordsAcrossARestartOnTheSameDataDir() throws Exception {
        EmbeddedBrokerConfig config = EmbeddedBrokerConfig.defaults().withDataDir(dataDir).withPort(freePort());
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(config).start()) {
            createTopic(broker.bootstrapServers());
            produce(broker.bootstrapServers(), "pipeline-1", "survives restarts");
        }
        String controllerPort = Files.readString(dataDir.resolve(ControllerPortFile.FILE_NAME));

        try (EmbeddedKafkaBroker restarted = new EmbeddedKafkaBroker(config).start()) {
            assertThat(topicNames(restarted.bootstrapServers())).contains(TOPIC);
            assertThat(readValues(restarted.bootstrapServers())).containsExactly("survives restarts");
        }
        assertThat(dataDir.resolve(ControllerPortFile.FILE_NAME)).hasContent(controllerPort.trim());
    }

    @Test
    void refusesASecondBrokerOnTheSamePortNamingThePort(@TempDir Path otherDataDir) {
        int port = freePort();
        try (EmbeddedKafkaBroker first = new EmbeddedKafkaBroker(
                EmbeddedBrokerConfig.defaults().withDataDir(dataDir).withPort(port)).start()) {
            EmbeddedKafkaBroker second = new EmbeddedKafkaBroker(
                    EmbeddedBrokerConfig.defaults().withDataDir(otherDataDir).withPort(port));

            assertThatThrownBy(second::start)
                    .isInstanceOf(BrokerStartupException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("--kafka-port");
            assertThat(first.isRunning()).isTrue();
        }
    }

    @Test
    void refusesADataDirThatCannotBeCreatedNamingIt() throws IOException {
        Path blockedDir = Files.createFile(dataDir.resolve("a-file")).resolve("kafka");
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(
                EmbeddedBrokerConfig.defaults().withDataDir(blockedDir).withPort(freePort()));

        assertThatThrownBy(broker::start)
                .isInstanceOf(BrokerStartupException.class)
                .hasMessageContaining(blockedDir.toString())
                .hasMessageContaining("--data-dir");
    }

    private static void createTopic(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static Set<String> topicNames(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }

    private static void produce(String bootstrapServers, String key, String value) throws Exception {
        Map<String, Object> properties = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readValues(String bootstrapServers) {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach((ConsumerRecord<String, String> record) -> values.add(record.value()));
            }
            return values;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
