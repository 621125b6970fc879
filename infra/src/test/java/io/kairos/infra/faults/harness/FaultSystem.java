package io.kairos.infra.faults.harness;

import io.kairos.infra.KairosMain;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.FreePorts;
import io.kairos.testkit.KafkaTestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kairos on a test cluster as separate processes: the catalogue's topics, then trigger, ledger and
 * executor processes started by name, and pipelines and run-requests written straight to the topics.
 * Closing it stops every process still running, gracefully.
 */
public final class FaultSystem implements AutoCloseable {

    /** Few partitions, so that a handful of pipelines and workers still spread over several. */
    public static final TopicLayout LAYOUT = new TopicLayout(4, 4, (short) 1, 1);
    /** The same on three brokers: every partition on each, a write acknowledged by two. */
    public static final TopicLayout REPLICATED_LAYOUT = new TopicLayout(4, 4, (short) 3, 2);
    public static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final KafkaTestCluster kafka;
    private final Path workDir;
    private final List<ServiceProcess> started = new ArrayList<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final TopicLayout layout;

    public FaultSystem(KafkaTestCluster kafka, Path workDir, TopicLayout layout) {
        this.kafka = kafka;
        this.workDir = workDir;
        this.layout = layout;
    }

    public FaultSystem createTopics() {
        new TopicCatalogueAdmin(kafka.admin()).create(Topics.catalogue(layout, List.of(Topics.DEFAULT_QUEUE)));
        return this;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public Path workDir() {
        return workDir;
    }

    /** A trigger process; instances share the application id {@code kairos-trigger}. */
    public ServiceProcess startTrigger(String name) throws IOException {
        Map<String, String> env = common(name);
        env.putAll(ServiceSettings.trigger("kairos-trigger", stateDir(name)));
        return launch(name, List.of("trigger"), env, null, 0);
    }

    /** A ledger process; a restart under the same name keeps its state directory and HTTP port. */
    public ServiceProcess startLedger(String name) throws IOException {
        Map<String, String> env = common(name);
        env.putAll(ServiceSettings.ledger("kairos-ledger", stateDir(name)));
        return launch(name, List.of("worker", "--role", "ledger"), env, null, 0);
    }

    /** An executor of the default queue whose worker id is {@code name}. */
    public ServiceProcess startExecutor(String name, int slots) throws IOException {
        return startExecutor(name, slots, Map.of());
    }

    /** An executor with {@code extraEnvironment} on top of its settings (Kafka client settings, LD_PRELOAD, ...). */
    public ServiceProcess startExecutor(String name, int slots, Map<String, String> extraEnvironment)
            throws IOException {
        Map<String, String> env = common(name);
        env.putAll(ServiceSettings.executor(name, slots));
        env.putAll(extraEnvironment);
        return launch(name, List.of("worker", "--role", "executor"), env, WorkerId.of(name), slots);
    }

    private Map<String, String> common(String name) {
        int port = ports.computeIfAbsent(name, ignored -> FreePorts.next());
        return new HashMap<>(ServiceSettings.common(kafka.bootstrapServers(), name, port));
    }

    private String stateDir(String name) throws IOException {
        return Files.createDirectories(workDir.resolve("state").resolve(name)).toString();
    }

    private ServiceProcess launch(String name, List<String> args, Map<String, String> env, WorkerId worker, int slots)
            throws IOException {
        Files.createDirectories(workDir.resolve("logs"));
        JvmProcess process = JvmProcess.start(name, KairosMain.class.getName(), args, env, workDir.resolve("logs"));
        ServiceProcess service = new ServiceProcess(process, ports.get(name), worker, slots);
        started.add(service);
        return service;
    }

    public void publish(PipelineSpec spec) {
        send(Topics.PIPELINES, spec.id(), spec);
    }

    public void request(RunRequest request) {
        send(Topics.RUN_REQUESTS, request.pipelineId(), request);
    }

    private <K, V> void send(Topic<K, V> topic, K key, V value) {
        kafka.produce(new ProducerRecord<>(topic.name(), topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value)));
    }

    /** Every worker started so far and its slots, for the checker. */
    public Map<WorkerId, Integer> slots() {
        Map<WorkerId, Integer> slots = new HashMap<>();
        started.stream().filter(service -> service.workerId() != null)
                .forEach(service -> slots.put(service.workerId(), service.slots()));
        return slots;
    }

    /** Stops every process still running, newest first, gracefully. */
    @Override
    public void close() throws Exception {
        Exception failure = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).process().close();
            } catch (Exception e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
