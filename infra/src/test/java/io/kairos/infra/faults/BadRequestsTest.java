package io.kairos.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.KairosCtl;
import io.kairos.infra.faults.harness.FaultSystem;
import io.kairos.infra.faults.harness.LedgerClient;
import io.kairos.infra.faults.harness.Pipelines;
import io.kairos.infra.faults.harness.RawHttp;
import io.kairos.infra.faults.harness.ServiceProcess;
import io.kairos.infra.faults.harness.TestSink;
import io.kairos.infra.faults.harness.WorkDirs;
import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.testkit.KafkaTestCluster;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 12: bad requests on every HTTP endpoint a ledger process serves and on every kairosctl verb:
 * malformed JSON, huge payloads, wrong types, wrong methods, unknown and other tenants' ids. Each gets
 * a clear 4xx (or exit 1, or 2 for a command line that cannot be understood); nothing changes and the
 * process keeps serving.
 */
class BadRequestsTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final List<String> ENDPOINTS = List.of("/api/v1/status", "/api/v1/runs",
            "/api/v1/runs/bad%2Fone%402026-01-01T00:00:00Z", "/livez", "/readyz", "/metrics");
    private static final String HUGE = "x".repeat(2 * 1024 * 1024);

    private static FaultSystem system;
    private static ServiceProcess ledgerProcess;
    private static TestSink sink;
    private static LedgerClient ledger;

    @BeforeAll
    static void startLedgerWithOneRun() throws Exception {
        sink = TestSink.start(Clock.systemUTC());
        system = new FaultSystem(kafka, WorkDirs.of(BadRequestsTest.class), FaultSystem.LAYOUT).createTopics();
        ledgerProcess = system.startLedger("ledger").awaitReady(FaultSystem.START_TIMEOUT);
        ledger = new LedgerClient(ledgerProcess.uri("/"));
        PipelineSpec spec = Pipelines.callingTheSink(PipelineId.of("tenant-a", "report"), sink, Duration.ZERO).build();
        system.request(Pipelines.request(spec, 0));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> ledger.status().map(s -> s.path("runsByState").path("DISPATCHED").asLong() == 1).orElse(false));
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
        sink.close();
    }

    @Test
    void everyEndpointRefusesWrongMethodsMalformedAndHugeBodiesWithA4xxAndChangesNothing() throws Exception {
        JsonNode before = ledger.status().orElseThrow();
        List<String> answers = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            answers.add(send("POST", endpoint, "{\"runId\": [unterminated"));
            answers.add(send("PUT", endpoint, HUGE));
            answers.add(send("DELETE", endpoint, ""));
            answers.add(send("PATCH", endpoint, "{\"state\": 42}"));
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer).matches("4\\d\\d .*"));
        assertStillServingUnchanged(before);
    }

    @Test
    void theReadApiRefusesBadParametersAndIdsWithA4xxAndChangesNothing() throws Exception {
        JsonNode before = ledger.status().orElseThrow();
        List<String> queries = List.of("/api/v1/runs?limit=abc", "/api/v1/runs?limit=-1", "/api/v1/runs?limit=99999999999",
                "/api/v1/runs?limit=1.5", "/api/v1/runs?state=NOPE", "/api/v1/runs?pipeline=not%20a%20pipeline",
                "/api/v1/runs?pipeline=%ZZ", "/api/v1/runs/%ZZ", "/api/v1/runs/" + "a".repeat(10_000),
                "/api/v1/runs/tenant-b%2Freport%402026-01-01T00:00:00Z", "/api/v1/runs/tenant-a%2Freport%40not-a-time",
                "/api/v1/nothing", "/api/v2/runs", "/api/v1/status?scope=" + "y".repeat(100_000));

        List<String> answers = new ArrayList<>();
        for (String query : queries) {
            answers.add(query.substring(0, Math.min(60, query.length())) + " -> " + send("GET", query, null));
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer).matches("(?s).* -> 4\\d\\d .*"));
        assertStillServingUnchanged(before);
    }

    @Test
    void everyKairosctlVerbRefusesBadInputWithExitOneOrTwoAndChangesNoTopic() throws Exception {
        Map<String, Integer> topicsBefore = topics();
        Path dir = Files.createDirectories(system.workDir().resolve("cli"));
        Path malformed = Files.writeString(dir.resolve("malformed.yaml"), "id: [unterminated\n  executor: {");
        Path wrongTypes = Files.writeString(dir.resolve("wrong-types.json"),
                "{\"id\": 42, \"priority\": \"high\", \"executor\": {\"type\": \"sleep\", \"duration\": true}}");
        Path huge = Files.writeString(dir.resolve("huge.yaml"), "id: acme/x\nexecutor: {type: sleep, duration: PT1S}\n# "
                + HUGE + "\nschedule: [");
        String bootstrap = kafka.bootstrapServers();
        List<String[]> commands = List.of(
                new String[] {"topics", "create", "--bootstrap-server", bootstrap, "--partitions", "-1"},
                new String[] {"topics", "create", "--bootstrap-server", bootstrap, "--partitions", "many"},
                new String[] {"topics", "create", "--bootstrap-server", bootstrap, "--queue", "Not A Queue!"},
                new String[] {"topics", "verify", "--bootstrap-server", bootstrap, "--replication-factor", "0"},
                new String[] {"topics", "describe", "--bootstrap-server", bootstrap, "--command-config", "/no/such/file"},
                new String[] {"topics", "export", "--format", "nope", "--cluster", "c"},
                new String[] {"topics", "export", "--format", "strimzi"},
                new String[] {"pipelines", "validate", "-f", malformed.toString()},
                new String[] {"pipelines", "validate", "-f", wrongTypes.toString()},
                new String[] {"pipelines", "validate", "-f", huge.toString()},
                new String[] {"pipelines", "validate", "-f", dir.resolve("missing.yaml").toString()},
                new String[] {"pipelines", "frobnicate"},
                new String[] {"nonsense"});

        for (String[] command : commands) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = KairosCtl.run(new PrintWriter(out, true), new PrintWriter(err, true), command);
            assertThat(exit).as(String.join(" ", command) + " -> " + err).isIn(1, 2);
            assertThat(out.toString() + err).as(String.join(" ", command)).isNotBlank();
        }

        assertThat(topics()).isEqualTo(topicsBefore);
    }

    private void assertStillServingUnchanged(JsonNode before) {
        assertThat(ledgerProcess.process().isAlive()).isTrue();
        assertThat(ledgerProcess.isReady()).isTrue();
        assertThat(ledger.status().orElseThrow().path("runsByState")).isEqualTo(before.path("runsByState"));
    }

    /** The status code, method and target, and the start of the answer. */
    private static String send(String method, String target, String body) throws IOException {
        String answer = RawHttp.send(ledgerProcess.httpPort(), method, target, body);
        String status = answer.startsWith("HTTP/1.1 ") ? answer.substring(9, 12) : "no-status";
        int bodyAt = answer.indexOf("\r\n\r\n");
        String content = bodyAt < 0 ? "" : answer.substring(bodyAt + 4);
        return status + " " + method + " " + target.substring(0, Math.min(60, target.length())) + ": "
                + content.substring(0, Math.min(200, content.length()));
    }

    private static Map<String, Integer> topics() throws Exception {
        Set<String> names = kafka.admin().listTopics().names().get();
        Map<String, Integer> partitions = new TreeMap<>();
        for (TopicDescription description : kafka.admin().describeTopics(names).allTopicNames().get().values()) {
            partitions.put(description.name(), description.partitions().size());
        }
        return partitions;
    }
}
