package io.kairos.infra.faults.harness;

import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.history.History;
import io.kairos.infra.faults.history.HistoryChecker;
import io.kairos.infra.faults.history.HistoryReader;
import io.kairos.model.id.PipelineId;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.RunView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One fault scenario from start to verdict: a sink, Kairos as processes, and at the end the whole
 * history recorded and judged. {@link #finish} waits for the runs to settle, reads the ledger's view,
 * stops every process, reads the topics and hands the history to the checker.
 */
public final class Scenario implements AutoCloseable {

    public static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(120);

    private final KafkaTestCluster kafka;
    private final Path workDir;
    private final TestSink sink;
    private final FaultSystem system;
    private final List<ServiceProcess> workers = new ArrayList<>();
    private ServiceProcess ledgerProcess;

    private Scenario(KafkaTestCluster kafka, Path workDir, TestSink sink, TopicLayout layout) {
        this.kafka = kafka;
        this.workDir = workDir;
        this.sink = sink;
        this.system = new FaultSystem(kafka, workDir, layout).createTopics();
    }

    public static Scenario start(KafkaTestCluster kafka, Class<?> test) throws IOException {
        return start(kafka, WorkDirs.of(test), FaultSystem.LAYOUT);
    }

    /** A scenario in {@code workDir} whose topics are laid out as {@code layout}. */
    public static Scenario start(KafkaTestCluster kafka, Path workDir, TopicLayout layout) throws IOException {
        return new Scenario(kafka, workDir, TestSink.start(Clock.systemUTC()), layout);
    }

    /** Starts a ledger named {@code ledger} and {@code count} executors {@code worker-1..n}, and waits until all are ready. */
    public Scenario withLedgerAndWorkers(int count, int slots) throws IOException {
        ledgerProcess = system.startLedger("ledger");
        for (int i = 1; i <= count; i++) {
            workers.add(system.startExecutor("worker-" + i, slots));
        }
        ledgerProcess.awaitReady(FaultSystem.START_TIMEOUT);
        workers.forEach(worker -> worker.awaitReady(FaultSystem.START_TIMEOUT));
        return this;
    }

    /** Starts a ledger named {@code ledger} and waits until it is ready. */
    public Scenario withLedger() throws IOException {
        ledgerProcess = system.startLedger("ledger").awaitReady(FaultSystem.START_TIMEOUT);
        return this;
    }

    /** Starts an executor with {@code extraEnvironment} on top of its settings and waits until it is ready. */
    public ServiceProcess withWorker(String name, int slots, Map<String, String> extraEnvironment) throws IOException {
        ServiceProcess worker = system.startExecutor(name, slots, extraEnvironment).awaitReady(FaultSystem.START_TIMEOUT);
        workers.add(worker);
        return worker;
    }

    public TestSink sink() {
        return sink;
    }

    public FaultSystem system() {
        return system;
    }

    public Path workDir() {
        return workDir;
    }

    public ServiceProcess ledgerProcess() {
        return ledgerProcess;
    }

    public LedgerClient ledger() {
        return new LedgerClient(ledgerProcess.uri("/"));
    }

    /** The executors started by {@link #withLedgerAndWorkers}, in order. */
    public List<ServiceProcess> workers() {
        return workers;
    }

    /**
     * Waits until the ledger holds {@code expectedRuns} runs, all ended; reads their final states; stops
     * every process; and returns the recorded history for the scenario to complete and check.
     */
    public History.Builder settleAndRecord(Collection<PipelineId> pipelines, long expectedRuns) throws Exception {
        LedgerClient ledger = ledger();
        await().atMost(SETTLE_TIMEOUT).until(() -> ledger.hasSettled(expectedRuns));
        List<RunView> finals = HistoryReader.finals(ledger.base(), pipelines);
        system.close();
        return new HistoryReader(kafka).committed(List.of(Topics.DEFAULT_QUEUE)).finals(finals)
                .sinkCalls(sink.calls()).slots(system.slots());
    }

    /** Checks the history, keeping it as {@code history.json} next to the processes' logs. */
    public void assertKeepsGuarantees(History history) throws IOException {
        HistoryChecker.assertKeepsGuarantees(history, workDir);
    }

    @Override
    public void close() throws Exception {
        try {
            system.close();
        } finally {
            sink.close();
        }
    }
}
