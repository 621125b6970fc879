package io.kairos.infra.faults.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.BrokerCluster;
import io.kairos.infra.faults.harness.FaultSystem;
import io.kairos.infra.faults.harness.Pipelines;
import io.kairos.infra.faults.harness.Scenario;
import io.kairos.infra.faults.harness.ServiceProcess;
import io.kairos.infra.faults.harness.WorkDirs;
import io.kairos.infra.faults.history.History;
import io.kairos.infra.faults.history.HistoryReader;
import io.kairos.infra.faults.history.ScheduleWindow;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.RunView;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kairos on three broker processes (replication 3, {@code min.insync.replicas} 2) under a steady load
 * while a scenario hurts the brokers: every-second pipelines fired by the trigger, and on-demand
 * requests written one by one with {@code acks=all}, each remembered once the cluster acknowledged it.
 * At the end the history must keep every guarantee, and every acknowledged request must be there and
 * have run to its end. A trigger held up by a broker failure longer than {@code missed.after} records
 * the times it missed as its catch-up policy says (skip records for all but the latest).
 */
final class ReplicatedWorkload implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicatedWorkload.class);
    private static final int PIPELINES = 3;
    private static final Duration REQUEST_EVERY = Duration.ofMillis(300);

    private final BrokerCluster brokers;
    private final KafkaTestCluster kafka;
    private final Scenario scenario;
    private final ServiceProcess trigger;
    private final List<PipelineSpec> scheduled = new ArrayList<>();
    private final PipelineSpec onDemand;
    private final List<RunRequest> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicBoolean requesting = new AtomicBoolean(true);
    private final ExecutorService requester = Executors.newSingleThreadExecutor();
    private Future<?> requests;

    private ReplicatedWorkload(BrokerCluster brokers, KafkaTestCluster kafka, Scenario scenario, ServiceProcess trigger) {
        this.brokers = brokers;
        this.kafka = kafka;
        this.scenario = scenario;
        this.trigger = trigger;
        for (int p = 0; p < PIPELINES; p++) {
            scheduled.add(Pipelines.callingTheSink(PipelineId.of("brokers", "every-second-" + p), scenario.sink(),
                    Duration.ofMillis(200)).cron("* * * * * *").build());
        }
        onDemand = Pipelines.callingTheSink(PipelineId.of("brokers", "on-demand"), scenario.sink(),
                Duration.ofMillis(200)).build();
    }

    /** Three broker processes, the topics, a ledger, two executors and a trigger, all started and ready. */
    static ReplicatedWorkload start(Class<?> test) throws Exception {
        Path dir = WorkDirs.of(test);
        BrokerCluster brokers = BrokerCluster.start(dir.resolve("brokers"), 3);
        KafkaTestCluster kafka = null;
        Scenario scenario = null;
        try {
            kafka = brokers.connect();
            scenario = Scenario.start(kafka, dir, FaultSystem.REPLICATED_LAYOUT).withLedgerAndWorkers(2, 4);
            ServiceProcess trigger = scenario.system().startTrigger("trigger").awaitReady(FaultSystem.START_TIMEOUT);
            return new ReplicatedWorkload(brokers, kafka, scenario, trigger);
        } catch (Exception | AssertionError e) {
            closeAll(scenario, kafka, brokers);
            throw e;
        }
    }

    BrokerCluster brokers() {
        return brokers;
    }

    /** Publishes the pipelines and starts writing on-demand requests. */
    void run() {
        scheduled.forEach(scenario.system()::publish);
        requests = requester.submit(this::requestUntilStopped);
    }

    private void requestUntilStopped() {
        for (int n = 0; requesting.get(); n++) {
            RunRequest request = Pipelines.request(onDemand, n);
            try {
                scenario.system().request(request);
                acknowledged.add(request);
            } catch (RuntimeException notAcknowledged) {
                log.info("Request {} not acknowledged ({}); it may or may not be there", n, notAcknowledged.toString());
            }
            Awaitility.await().pollDelay(REQUEST_EVERY).atMost(REQUEST_EVERY.plusSeconds(1)).until(() -> true);
        }
    }

    /** Stops the load, lets the system settle, records the history and checks it. */
    void finishAndCheck() throws Exception {
        requesting.set(false);
        requests.get(60, TimeUnit.SECONDS);
        Instant to = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        HistoryReader reader = new HistoryReader(kafka);
        await().atMost(Duration.ofSeconds(120)).until(() -> everyPipelineReached(reader, to));
        trigger.process().terminate();
        long requested = reader.read(Topics.RUN_REQUESTS).stream().map(RunRequest::runId).distinct().count();
        List<PipelineId> pipelines = new ArrayList<>(scheduled.stream().map(PipelineSpec::id).toList());
        pipelines.add(onDemand.id());

        History recorded = scenario.settleAndRecord(pipelines, requested).build();
        History history = recorded.toBuilder().windows(windows(recorded, to)).build();
        scenario.assertKeepsGuarantees(history);
        Set<String> skipRecords = history.requests().stream().filter(RunRequest::isSkip)
                .map(request -> request.runId().value()).collect(Collectors.toSet());
        assertThat(history.finals()).as("runs of skip records (times the catch-up policy passed over) are SKIPPED, "
                + "every other run COMPLETED").allSatisfy(run -> assertThat(run.state())
                .isEqualTo(skipRecords.contains(run.runId()) ? RunState.SKIPPED : RunState.COMPLETED));
        assertThat(acknowledged).as("acknowledged requests").isNotEmpty();
        Set<RunId> held = history.finals().stream().map(view -> RunId.of(view.runId())).collect(Collectors.toSet());
        assertThat(acknowledged).as("acknowledged requests the ledger holds")
                .allSatisfy(request -> assertThat(held).contains(request.runId()));
    }

    private List<ScheduleWindow> windows(History history, Instant to) {
        return scheduled.stream().map(spec -> new ScheduleWindow(spec.id(), spec.schedule(),
                history.requests().stream().filter(request -> request.pipelineId().equals(spec.id()))
                        .map(RunRequest::scheduledFor).min(Instant::compareTo).orElseThrow().minusSeconds(1), to))
                .toList();
    }

    private boolean everyPipelineReached(HistoryReader reader, Instant time) {
        List<RunRequest> written = reader.read(Topics.RUN_REQUESTS);
        return scheduled.stream().allMatch(spec -> written.stream()
                .anyMatch(request -> request.pipelineId().equals(spec.id()) && !request.scheduledFor().isBefore(time)));
    }

    /** Time passing between faults, not a wait for a condition. */
    static void hold(Duration duration) {
        Awaitility.await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }

    @Override
    public void close() throws Exception {
        requesting.set(false);
        requester.shutdownNow();
        closeAll(scenario, kafka, brokers);
    }

    private static void closeAll(Scenario scenario, KafkaTestCluster kafka, BrokerCluster brokers) throws Exception {
        try {
            if (scenario != null) {
                scenario.close();
            }
        } finally {
            if (kafka != null) {
                kafka.disconnect();
            }
            brokers.close();
        }
    }
}
