package io.kairos.infra.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.local.DemoPipelines;
import io.kairos.infra.ops.OpsHttpServer;
import io.kairos.infra.ops.ServiceMetrics;
import io.kairos.infra.service.HttpSettings;
import io.kairos.infra.service.ProcessLifecycle;
import io.kairos.infra.service.ServiceContext;
import io.kairos.infra.service.TriggerCommand;
import io.kairos.infra.service.WorkerCommand;
import io.kairos.model.config.KairosConfig;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.trigger.TriggerConfig;
import io.kairos.worker.intake.WorkerExecutorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each service as its own process would run it ({@code bin/kairos trigger}, {@code bin/kairos worker
 * --role ledger|executor}): its own registry and HTTP port, whose {@code /metrics} passes
 * {@code promtool check metrics}; and a stopped executor leaves no Kafka client meters behind.
 */
class ServiceExpositionTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final Path DEMO = Path.of("demo");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    static Path tmp;

    private final List<ProcessLifecycle> processes = new java.util.ArrayList<>();

    @BeforeAll
    static void topicsAndDemoPipelines() {
        TopicCatalogueAdmin catalogue = new TopicCatalogueAdmin(kafka.admin());
        catalogue.create(catalogue.catalogueFor(TopicLayout.SINGLE_BROKER, List.of(Topics.DEFAULT_QUEUE)));
        DemoPipelines.apply(DEMO, kafka.bootstrapServers());
    }

    @AfterEach
    void stopProcesses() {
        processes.forEach(ProcessLifecycle::close);
    }

    @Test
    void theMetricsOfEachServiceAlonePassPromtool() throws Exception {
        Service trigger = start("kairos-trigger", TriggerCommand::startTrigger);
        Service ledger = start("kairos-worker", WorkerCommand::startLedger);
        Service executor = start("kairos-worker", context -> WorkerCommand.startExecutor(context,
                context.config().with(WorkerExecutorConfig.WORKER_ID, "exposition-executor")));
        List<Service> services = List.of(trigger, ledger, executor);
        await().atMost(READY_TIMEOUT).until(() -> services.stream().allMatch(Service::isReady));
        await().atMost(READY_TIMEOUT).until(() -> executor.scrape().contains("kairos_executor_runs_finished_total")
                && ledger.scrape().contains("kairos_ledger_start_lag_seconds_bucket")
                && trigger.scrape().contains("kairos_trigger_fire_lag_seconds_bucket{"));

        for (Service service : services) {
            PrometheusTools.Result check = PrometheusTools.promtool(service.scrape(), "check", "metrics");
            assertThat(check.output()).as(service.name()).isBlank();
            assertThat(check.exitCode()).as(service.name()).isZero();
        }
        assertThat(executor.scrape()).contains("kafka_consumer_fetch_manager_records_lag_max{",
                "client_id=\"exposition-executor-default\"", "client_id=\"exposition-executor-events\"");
    }

    @Test
    void aStoppedExecutorLeavesNoKafkaClientMetersBehind() {
        ServiceMetrics metrics = new ServiceMetrics("kairos-worker", "closing");
        Service executor = start("kairos-worker", metrics, context -> WorkerCommand.startExecutor(context,
                context.config().with(WorkerExecutorConfig.WORKER_ID, "closing-executor")));
        await().atMost(READY_TIMEOUT).until(executor::isReady);
        assertThat(metrics.registry().find("kafka.consumer.fetch.manager.records.lag.max").meters()).isNotEmpty();

        executor.process().close();

        assertThat(metrics.registry().getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("kafka."));
        metrics.close();
    }

    private Service start(String application, Consumer<ServiceContext> part) {
        ProcessLifecycle process = new ProcessLifecycle(application);
        return start(application, process.add(new ServiceMetrics(application, "test")), process, part);
    }

    private Service start(String application, ServiceMetrics metrics, Consumer<ServiceContext> part) {
        return start(application, metrics, new ProcessLifecycle(application), part);
    }

    private Service start(String application, ServiceMetrics metrics, ProcessLifecycle process,
                          Consumer<ServiceContext> part) {
        processes.add(process);
        OpsHttpServer server = process.add(OpsHttpServer.start("127.0.0.1", 0, metrics));
        HttpSettings http = new HttpSettings("127.0.0.1", server.port(), "127.0.0.1", "test");
        part.accept(new ServiceContext(config(application), http, metrics, server, process));
        server.markStarted();
        return new Service(application, server.port(), process);
    }

    private static KairosConfig config(String application) {
        return KairosConfig.of(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                TriggerConfig.STATE_DIR, tmp.resolve(application + "-trigger").toString(),
                TriggerConfig.STANDBY_REPLICAS, "0",
                "kairos.ledger.state.dir", tmp.resolve(application + "-ledger").toString(),
                WorkerExecutorConfig.SLOTS, "4"));
    }

    /** One started service process: its name, HTTP port and lifecycle. */
    private record Service(String name, int port, ProcessLifecycle process) {

        boolean isReady() {
            try {
                return HttpGet.status(port, "/readyz") == 200;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        String scrape() throws Exception {
            return HttpGet.body(port, "/metrics");
        }
    }
}
