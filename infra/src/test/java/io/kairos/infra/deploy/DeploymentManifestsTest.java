package io.kairos.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.KairosCtl;
import io.kairos.infra.ops.OpsHttpServer;
import io.kairos.infra.ops.ServiceMetrics;
import io.kairos.infra.security.DocumentedAcls;
import io.kairos.infra.service.HttpSettings;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import io.kairos.trigger.TriggerConfig;
import io.kairos.worker.execution.ProcessTree;
import io.kairos.worker.intake.LaneIntake;
import io.kairos.worker.intake.WorkerExecutorConfig;
import io.kairos.worker.ledger.service.LedgerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.PatternType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment files agree with the code and the build: probe paths and ports, KEDA's bounds, the
 * time a stop may take, image versions, the topics and the users' ACLs.
 */
class DeploymentManifestsTest {

    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
    private static final String WORKER_UNIT = "kairos-worker@.service";
    private static final String TRIGGER_UNIT = "kairos-trigger.service";
    private static final Pattern BASE_IMAGE = Pattern.compile("(?m)^FROM eclipse-temurin:(\\d+)-jre\\S*\\s*$");
    private static final Pattern VERSION_ARG = Pattern.compile("(?m)^ARG KAIROS_VERSION=(\\S+)$");
    private static final Pattern USER = Pattern.compile("(?m)^USER (\\S+)$");

    private static Manifests manifests;
    private static Properties settings;

    @BeforeAll
    static void read() throws IOException {
        manifests = Manifests.base();
        settings = manifests.kairosProperties();
    }

    @Test
    void everyProbePathIsServedByTheProcessHttpPort() throws Exception {
        Set<String> paths = new HashSet<>();
        for (JsonNode workload : manifests.workloads()) {
            for (JsonNode container : Manifests.containers(workload)) {
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    assertThat(container.path(probe).path("httpGet").path("path").asText()).as(probe).isNotEmpty();
                    paths.add(container.path(probe).path("httpGet").path("path").asText());
                }
            }
            paths.add(workload.path("spec").path("template").path("metadata").path("annotations")
                    .path("prometheus.io/path").asText());
        }
        assertThat(paths).containsExactlyInAnyOrder("/livez", "/readyz", "/metrics");
        try (ServiceMetrics metrics = new ServiceMetrics("manifests", "test");
             OpsHttpServer server = OpsHttpServer.start("127.0.0.1", 0, metrics)) {
            server.markStarted();
            for (String path : paths) {
                assertThat(status(server.port(), path)).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void probesScrapesAndTheImageUseTheConfiguredHttpPort() throws IOException {
        int port = Integer.parseInt(settings.getProperty(HttpSettings.PORT));
        assertThat(port).isEqualTo(HttpSettings.DEFAULT_PORT);
        for (JsonNode workload : manifests.workloads()) {
            JsonNode container = Manifests.containers(workload).get(0);
            assertThat(container.path("ports").get(0).path("name").asText()).isEqualTo("http");
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(port);
            assertThat(workload.path("spec").path("template").path("metadata").path("annotations")
                    .path("prometheus.io/port").asText()).isEqualTo(Integer.toString(port));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(container.path(probe).path("httpGet").path("port").asText()).isEqualTo("http");
            }
        }
        String dockerfile = Files.readString(DOCKERFILE);
        assertThat(dockerfile).contains("EXPOSE " + port, "/dev/tcp/127.0.0.1/" + port, "GET /livez");
    }

    @Test
    void kedaScalesExecutorsOnTheirLanesAndNeverBeyondTheLanePartitions() {
        JsonNode executor = manifests.named("Deployment", "kairos-executor");
        String queue = Manifests.env(Manifests.containers(executor).get(0), "KAIROS_EXECUTOR_QUEUES");
        JsonNode scaled = manifests.named("ScaledObject", "kairos-executor");
        int maxReplicas = scaled.path("spec").path("maxReplicaCount").asInt();
        Map<String, Integer> partitions = topicPartitions();

        assertThat(scaled.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo("kairos-executor");
        List<String> watched = new ArrayList<>();
        for (JsonNode trigger : scaled.path("spec").path("triggers")) {
            assertThat(trigger.path("type").asText()).isEqualTo("kafka");
            assertThat(trigger.path("metadata").path("consumerGroup").asText()).isEqualTo(LaneIntake.GROUP_PREFIX + queue);
            assertThat(trigger.path("metadata").path("bootstrapServers").asText())
                    .isEqualTo(settings.getProperty("bootstrap.servers"));
            String topic = trigger.path("metadata").path("topic").asText();
            watched.add(topic);
            assertThat(maxReplicas).as("maxReplicaCount against the partitions of %s", topic)
                    .isPositive().isLessThanOrEqualTo(partitions.get(topic));
        }
        assertThat(watched).containsExactlyInAnyOrderElementsOf(Topics.lanes(queue).stream().map(Topic::name).toList());
    }

    @Test
    void eachLedgerPodIsAStaticGroupMemberNamedAfterItself() {
        JsonNode ledger = manifests.named("StatefulSet", "kairos-ledger");
        JsonNode instanceId = null;
        for (JsonNode variable : Manifests.containers(ledger).get(0).path("env")) {
            if (variable.path("name").asText().equals("KAIROS_KAFKA_GROUP_INSTANCE_ID")) {
                instanceId = variable;
            }
        }
        assertThat(instanceId).as("KAIROS_KAFKA_GROUP_INSTANCE_ID of the ledger").isNotNull();
        assertThat(instanceId.path("valueFrom").path("fieldRef").path("fieldPath").asText()).isEqualTo("metadata.name");
    }

    @Test
    void theCommittedStrimziTopicsAreTheCatalogue() throws IOException {
        StringWriter out = new StringWriter();
        int exit = KairosCtl.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "topics", "export", "--format", "strimzi", "--cluster", "kairos");

        assertThat(exit).isZero();
        assertThat(manifests.ofKind("KafkaTopic")).isEqualTo(Manifests.documents(out.toString()));
    }

    @Test
    void everyStopFitsInItsGracePeriodAndItsSystemdStopTimeout() throws IOException {
        Duration executorStop = duration(WorkerExecutorConfig.DRAIN_TIMEOUT, WorkerExecutorConfig.DEFAULT_DRAIN_TIMEOUT)
                .plus(duration(WorkerExecutorConfig.KILL_GRACE, ProcessTree.DEFAULT_GRACE));
        Duration triggerStop = duration(TriggerConfig.SHUTDOWN_TIMEOUT, TriggerConfig.DEFAULT_SHUTDOWN_TIMEOUT);
        Duration ledgerStop = duration(LedgerConfig.PREFIX + "close.timeout", LedgerConfig.DEFAULT_CLOSE_TIMEOUT);

        assertThat(executorStop).isLessThan(grace(manifests.named("Deployment", "kairos-executor")));
        assertThat(triggerStop).isLessThan(grace(manifests.named("Deployment", "kairos-trigger")));
        assertThat(ledgerStop).isLessThan(grace(manifests.named("StatefulSet", "kairos-ledger")));
        assertThat(executorStop.plus(ledgerStop)).as("kairos-worker@all stops the executor, then the ledger")
                .isLessThan(stopTimeout(WORKER_UNIT));
        assertThat(triggerStop).isLessThan(stopTimeout(TRIGGER_UNIT));
    }

    @Test
    void systemdUnitsRestartOnFailureAsTheirOwnUserAndSignalOnlyTheJvm() throws IOException {
        for (String name : List.of(TRIGGER_UNIT, WORKER_UNIT)) {
            SystemdUnit unit = SystemdUnit.read(name);
            assertThat(unit.value("Service", "Restart")).as(name).isEqualTo("on-failure");
            assertThat(unit.value("Service", "User")).as(name).isEqualTo("kairos");
            assertThat(unit.value("Service", "KillSignal")).as(name).isEqualTo("SIGTERM");
            assertThat(unit.value("Service", "KillMode")).as(name).isEqualTo("mixed");
            assertThat(unit.value("Service", "SuccessExitStatus")).as(name).isEqualTo("143");
            assertThat(unit.values("Service", "EnvironmentFile")).as(name).isNotEmpty();
            assertThat(unit.value("Service", "ExecStart")).as(name).startsWith("/opt/kairos/bin/kairos ");
        }
    }

    @Test
    void imagesAndTheDockerfileAreOfThisBuildsVersionOnAJre17OrLaterAsANonRootUser() throws Exception {
        String version = ProjectVersion.current();
        for (JsonNode workload : manifests.workloads()) {
            for (JsonNode container : Manifests.containers(workload)) {
                assertThat(container.path("image").asText()).isEqualTo("kairos/kairos:" + version);
            }
        }
        JsonNode overlayImage = Manifests.documents(Manifests.EXAMPLE_OVERLAY.resolve("kustomization.yaml")).get(0)
                .path("images").get(0);
        assertThat(overlayImage.path("name").asText()).isEqualTo("kairos/kairos");
        assertThat(overlayImage.path("newTag").asText()).isEqualTo(version);

        String dockerfile = Files.readString(DOCKERFILE);
        assertThat(Integer.parseInt(group(BASE_IMAGE, dockerfile))).isGreaterThanOrEqualTo(17);
        assertThat(group(VERSION_ARG, dockerfile)).isEqualTo(version);
        assertThat(group(USER, dockerfile)).doesNotStartWith("root").doesNotStartWith("0:").isNotEqualTo("0");
        assertThat(dockerfile).contains("ADD kairos-${KAIROS_VERSION}.tar.gz", "HEALTHCHECK");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<finalName>kairos-${project.version}</finalName>");
    }

    @Test
    void podsRunAsNonRootAndEachDisruptionBudgetCoversAWorkload() {
        Set<String> podNames = new HashSet<>();
        for (JsonNode workload : manifests.workloads()) {
            JsonNode security = Manifests.podSpec(workload).path("securityContext");
            assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(security.path("runAsUser").asInt()).isPositive();
            podNames.add(workload.path("spec").path("template").path("metadata").path("labels")
                    .path("app.kubernetes.io/name").asText());
        }
        List<String> budgeted = manifests.ofKind("PodDisruptionBudget").stream()
                .map(pdb -> pdb.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .toList();
        assertThat(budgeted).containsExactlyInAnyOrderElementsOf(podNames);
        JsonNode trigger = manifests.named("Deployment", "kairos-trigger");
        assertThat(trigger.path("spec").path("replicas").asInt()).isEqualTo(2);
    }

    @Test
    void theKafkaUsersGrantExactlyTheDocumentedAclsAndAreThePodsCredentials() throws IOException {
        Set<String> granted = new HashSet<>();
        for (JsonNode user : manifests.ofKind("KafkaUser")) {
            String principal = "User:" + user.path("metadata").path("name").asText();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                for (JsonNode operation : acl.path("operations")) {
                    granted.add(String.join(" ", principal, acl.path("resource").path("type").asText(),
                            acl.path("resource").path("patternType").asText(), acl.path("resource").path("name").asText(),
                            operation.asText()));
                }
            }
        }
        Set<String> documented = new HashSet<>();
        for (AclBinding binding : DocumentedAcls.read()) {
            documented.add(String.join(" ", binding.entry().principal(), strimziType(binding),
                    binding.pattern().patternType() == PatternType.PREFIXED ? "prefix" : "literal", binding.pattern().name(),
                    camelCase(binding.entry().operation().name())));
        }
        assertThat(granted).isEqualTo(documented);
        Set<String> users = new HashSet<>();
        manifests.ofKind("KafkaUser").forEach(user -> users.add(user.path("metadata").path("name").asText()));
        for (JsonNode workload : manifests.workloads()) {
            JsonNode container = Manifests.containers(workload).get(0);
            assertThat(users).contains(jaasSecret(container));
        }
    }

    private static String jaasSecret(JsonNode container) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals("KAIROS_KAFKA_SASL_JAAS_CONFIG")) {
                return variable.path("valueFrom").path("secretKeyRef").path("name").asText();
            }
        }
        throw new AssertionError("No KAIROS_KAFKA_SASL_JAAS_CONFIG in " + container.path("name").asText());
    }

    private static String strimziType(AclBinding binding) {
        return switch (binding.pattern().resourceType()) {
            case TRANSACTIONAL_ID -> "transactionalId";
            default -> binding.pattern().resourceType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** {@code DESCRIBE_CONFIGS} → {@code DescribeConfigs}, as Strimzi spells operations. */
    private static String camelCase(String upperSnake) {
        StringBuilder camel = new StringBuilder();
        for (String word : upperSnake.split("_")) {
            camel.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return camel.toString();
    }

    private static Map<String, Integer> topicPartitions() {
        Map<String, Integer> partitions = new HashMap<>();
        manifests.ofKind("KafkaTopic").forEach(topic -> partitions.put(topic.path("spec").path("topicName").asText(),
                topic.path("spec").path("partitions").asInt()));
        return partitions;
    }

    private static Duration duration(String key, Duration byDefault) {
        String value = settings.getProperty(key);
        return value == null ? byDefault : Duration.parse(value);
    }

    private static Duration grace(JsonNode workload) {
        return Duration.ofSeconds(Manifests.podSpec(workload).path("terminationGracePeriodSeconds").asLong());
    }

    private static Duration stopTimeout(String unit) throws IOException {
        return Duration.ofSeconds(Long.parseLong(SystemdUnit.read(unit).value("Service", "TimeoutStopSec")));
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the Dockerfile", pattern).isTrue();
        return matcher.group(1);
    }

    private static int status(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
