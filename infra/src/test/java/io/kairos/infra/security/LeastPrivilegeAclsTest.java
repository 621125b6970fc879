package io.kairos.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.KairosCtl;
import io.kairos.model.config.KairosConfig;
import io.kairos.model.serde.Json;
import io.kairos.model.spec.CatchupPolicy;
import io.kairos.model.spec.OverlapPolicy;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.model.spec.SpecWriter;
import io.kairos.testkit.FreePorts;
import io.kairos.trigger.TriggerService;
import io.kairos.worker.intake.WorkerExecutor;
import io.kairos.worker.ledger.service.LedgerService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of docs/security.md: a broker that authenticates with SASL/PLAIN and allows
 * nothing without an ACL, the ACLs of the document granted and no others, kairosctl creating the
 * topics and applying a pipeline as the operator, and the trigger, the ledger and an executor in
 * this JVM, each logging in as its own principal.
 */
class LeastPrivilegeAclsTest {

    private static final String TRIGGER = "kairos-trigger";
    private static final String LEDGER = "kairos-ledger";
    private static final String EXECUTOR = "kairos-executor";
    private static final String OPERATOR = "kairos-operator";
    private static final String PIPELINE = "secure/heartbeat";
    private static final Duration LOOP_TIMEOUT = Duration.ofSeconds(60);
    /** A replaced stream thread's old member holds its tasks this long; Kafka's 45 s default would slow recovery. */
    private static final String SESSION_TIMEOUT_MS = "6000";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    private static SaslKafkaCluster kafka;
    private static Admin superUser;
    private static int ledgerApiPort;
    private static final Deque<AutoCloseable> started = new ArrayDeque<>();

    @BeforeAll
    static void startSecuredSystem() throws Exception {
        kafka = SaslKafkaCluster.start(List.of(TRIGGER, LEDGER, EXECUTOR, OPERATOR));
        superUser = Admin.create(kafka.clientProperties(SaslKafkaCluster.SUPER_USER));
        superUser.createAcls(DocumentedAcls.read()).all().get();
        kairosctl("topics", "create", "--partitions", "3", "--lane-partitions", "3");
        kairosctl("pipelines", "apply", "-f", pipelineFile().toString());
        startServices();
    }

    @AfterAll
    static void stop() throws Exception {
        while (!started.isEmpty()) {
            started.pop().close();
        }
        if (superUser != null) {
            superUser.close(Duration.ofSeconds(5));
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void theWholeLoopRunsUnderExactlyTheDocumentedAcls() {
        await().atMost(LOOP_TIMEOUT).until(() -> !completedRunsScheduledAfter(Instant.EPOCH).isEmpty());
    }

    @Test
    void aTriggerWithoutWriteOnRunRequestsNamesTheTopicAndFiresAgainOnceGranted() throws Exception {
        AclBinding write = documentedAcl("User:" + TRIGGER, "kairos.run-requests", AclOperation.WRITE);
        try (CapturedLog triggerLog = CapturedLog.of(TriggerService.class)) {
            superUser.deleteAcls(List.of(write.toFilter())).all().get();

            await().atMost(LOOP_TIMEOUT).until(() -> triggerLog.lines().stream().anyMatch(line -> line.startsWith("ERROR")
                    && line.contains("TopicAuthorizationException")
                    && line.contains("Not authorized to access topics: [kairos.run-requests]")));
        } finally {
            superUser.createAcls(List.of(write)).all().get();
        }
        Instant granted = Instant.now();

        await().atMost(LOOP_TIMEOUT).until(() -> !completedRunsScheduledAfter(granted).isEmpty());
    }

    private static AclBinding documentedAcl(String principal, String topic, AclOperation operation) throws IOException {
        return DocumentedAcls.of(principal).stream()
                .filter(binding -> binding.pattern().resourceType() == ResourceType.TOPIC)
                .filter(binding -> binding.pattern().name().equals(topic))
                .filter(binding -> binding.entry().operation() == operation)
                .findFirst().orElseThrow(() -> new AssertionError(principal + " has no " + operation + " on " + topic
                        + " in " + DocumentedAcls.DOCUMENT));
    }

    private static void startServices() {
        ledgerApiPort = FreePorts.next();
        LedgerService ledger = LedgerService.create(serviceConfig(LEDGER, Map.of(
                "kairos.ledger.state.dir", tmp.resolve("ledger").toString(),
                "kairos.ledger.api.host", "127.0.0.1",
                "kairos.ledger.api.port", Integer.toString(ledgerApiPort))), new SimpleMeterRegistry());
        started.push(ledger);
        ledger.start();
        TriggerService trigger = TriggerService.fromConfig(serviceConfig(TRIGGER, Map.of(
                "kairos.trigger.state.dir", tmp.resolve("trigger").toString(),
                "kairos.trigger.standby.replicas", "0")), new SimpleMeterRegistry());
        started.push(trigger);
        trigger.start();
        WorkerExecutor executor = WorkerExecutor.create(serviceConfig(EXECUTOR, Map.of(
                "kairos.worker.id", "secure-executor-1",
                "kairos.executor.slots", "4",
                "kairos.executor.drain.timeout", "PT5S")), new SimpleMeterRegistry());
        started.push(executor);
        executor.start();
    }

    /** The service's settings as an operator would give them: its principal's Kafka client settings and its own. */
    private static KairosConfig serviceConfig(String principal, Map<String, String> own) {
        Map<String, String> values = new HashMap<>(own);
        values.put("session.timeout.ms", SESSION_TIMEOUT_MS);
        values.put("heartbeat.interval.ms", "1000");
        kafka.clientProperties(principal).forEach((key, value) -> values.put(key.toString(), value.toString()));
        return KairosConfig.of(values);
    }

    private static Path pipelineFile() throws IOException {
        PipelineSpec spec = PipelineSpec.builder().id(PIPELINE)
                .cron("* * * * * *")
                .overlap(OverlapPolicy.ALLOW)
                .maxConcurrentRuns(4)
                .catchup(new CatchupPolicy(CatchupPolicy.Mode.NONE, 1, null))
                .executor(new SleepExecutorSpec(Duration.ofMillis(100), 0.0))
                .build();
        Path file = tmp.resolve("pipelines").resolve("heartbeat.json");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, SpecWriter.toJson(spec));
    }

    /** Runs kairosctl as the operator, with the security settings in a --command-config file. */
    private static void kairosctl(String... verb) throws IOException {
        Path commandConfig = tmp.resolve("operator.properties");
        Properties settings = kafka.clientProperties(OPERATOR);
        settings.remove("bootstrap.servers");
        try (Writer writer = Files.newBufferedWriter(commandConfig)) {
            settings.store(writer, "kairosctl as " + OPERATOR);
        }
        List<String> args = new ArrayList<>(List.of(verb));
        args.addAll(List.of("--bootstrap-server", kafka.bootstrapServers(), "--command-config", commandConfig.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KairosCtl.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(exit).as("kairosctl %s: %s%s", args, out, err).isZero();
    }

    private static List<Instant> completedRunsScheduledAfter(Instant after) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ledgerApiPort
                + "/api/v1/runs?limit=1000&state=COMPLETED&pipeline=" + PIPELINE.replace("/", "%2F"))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Instant> scheduled = new ArrayList<>();
        for (JsonNode run : Json.mapper().readTree(response.body())) {
            scheduled.add(Instant.parse(run.path("scheduledFor").asText()));
        }
        return scheduled.stream().filter(instant -> instant.isAfter(after)).toList();
    }
}
