package io.kairos.cli.pipelines;

import static io.kairos.cli.support.SpecYaml.aSpec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.CliRun;
import io.kairos.model.catalog.PipelineCatalogReader;
import io.kairos.model.id.PipelineId;
import io.kairos.model.serde.Json;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.testkit.KafkaTestCluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Pipelines as code through kairosctl against a real broker: apply, list, get, pause, resume, delete, preview. */
class PipelinesOnBrokerTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @TempDir
    Path dir;

    @BeforeAll
    static void topics() {
        assertThat(CliRun.of("topics", "create", "--bootstrap-server", kafka.bootstrapServers()).exitCode()).isZero();
    }

    private static CliRun ctl(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--bootstrap-server";
        all[args.length + 1] = kafka.bootstrapServers();
        return CliRun.of(all);
    }

    private static Map<PipelineId, PipelineSpec> catalogue() {
        Properties properties = new Properties();
        properties.putAll(kafka.clientProperties());
        return new PipelineCatalogReader(properties, Duration.ofSeconds(30)).read();
    }

    @Test
    void applyCreatesThenReportsUnchangedAndChangedPerPipeline() throws Exception {
        aSpec("apply/a").writeTo(dir);
        aSpec("apply/b").writeTo(dir);

        CliRun first = ctl("pipelines", "apply", "-f", dir.toString(), "-o", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(outcomes(first)).containsExactly("apply/a=created", "apply/b=created");
        assertThat(catalogue()).containsKeys(PipelineId.parse("apply/a"), PipelineId.parse("apply/b"));

        aSpec("apply/b").cron("30 * * * *").writeTo(dir);
        CliRun second = ctl("pipelines", "apply", "-f", dir.toString(), "-o", "json");

        assertThat(outcomes(second)).containsExactly("apply/a=unchanged", "apply/b=changed");
        assertThat(catalogue().get(PipelineId.parse("apply/b")).schedule().toString()).contains("30 * * * *");
    }

    @Test
    void aDryRunWritesNothing() {
        aSpec("dry/a").writeTo(dir);

        CliRun run = ctl("pipelines", "apply", "-f", dir.toString(), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("dry/a").contains("created").contains("dry run: nothing written");
        assertThat(catalogue()).doesNotContainKey(PipelineId.parse("dry/a"));
    }

    @Test
    void oneInvalidSpecAppliesNoneAndNamesEveryProblem() throws Exception {
        aSpec("invalid/good").writeTo(dir);
        Path bad = aSpec("invalid/bad").cron("61 * * * *").with("priorty: 5").writeTo(dir);

        CliRun run = ctl("pipelines", "apply", "-f", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("invalid/good").contains("valid, not applied")
                .contains("(" + bad + ")").contains("schedule.cron").contains("priorty: unknown field");
        assertThat(run.err()).contains("2 problem(s); nothing applied");
        assertThat(catalogue()).doesNotContainKeys(PipelineId.parse("invalid/good"), PipelineId.parse("invalid/bad"));
    }

    @Test
    void listGetPauseResumeAndDeleteWorkOnTheCatalogue() throws Exception {
        ctl("pipelines", "apply", "-f", aSpec("life/p").timezone("Europe/London").writeTo(dir).toString());

        JsonNode listed = Json.mapper().readTree(ctl("pipelines", "list", "--tenant", "life", "-o", "json").out());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("timezone").asText()).isEqualTo("Europe/London");
        assertThat(ctl("pipelines", "get", "life/p").out()).contains("id: \"life/p\"").contains("paused: false");

        assertThat(ctl("pipelines", "pause", "life/p").out()).contains("changed");
        assertThat(catalogue().get(PipelineId.parse("life/p")).paused()).isTrue();
        assertThat(ctl("pipelines", "pause", "life/p").out()).contains("unchanged");
        assertThat(ctl("pipelines", "resume", "life/p").exitCode()).isZero();
        assertThat(catalogue().get(PipelineId.parse("life/p")).paused()).isFalse();

        assertThat(ctl("pipelines", "delete", "life/p").exitCode()).isZero();
        assertThat(catalogue()).doesNotContainKey(PipelineId.parse("life/p"));
        CliRun again = ctl("pipelines", "get", "life/p");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("no pipeline life/p on kairos.pipelines");
    }

    @Test
    void previewOfAPipelineUsesItsZoneAcrossTheSpringDstGap() throws Exception {
        ctl("pipelines", "apply", "-f", aSpec("preview/daily").cron("30 1 * * *").timezone("Europe/London")
                .writeTo(dir).toString());

        CliRun run = ctl("pipelines", "preview", "preview/daily", "--from", "2026-03-28T12:00:00Z", "-n", "3", "-o", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Json.mapper().readTree(run.out())).extracting(JsonNode::asText).containsExactly(
                "2026-03-29T02:00:00+01:00", "2026-03-30T01:30:00+01:00", "2026-03-31T01:30:00+01:00");
    }

    @Test
    void previewOfACronNeedsNoCluster() throws Exception {
        CliRun run = CliRun.of("pipelines", "preview", "--cron", "0 9 * * MON", "--timezone", "America/New_York",
                "--from", "2026-03-01T00:00:00Z", "-n", "2", "-o", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Json.mapper().readTree(run.out())).extracting(JsonNode::asText)
                .containsExactly("2026-03-02T09:00:00-05:00", "2026-03-09T09:00:00-04:00");
    }

    @Test
    void previewRefusesABadCronAsAUsageError() {
        CliRun run = CliRun.of("pipelines", "preview", "--cron", "61 * * * *");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--cron \"61 * * * *\": minute must be between 0 and 59");
    }

    private static java.util.List<String> outcomes(CliRun run) throws Exception {
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        for (JsonNode row : Json.mapper().readTree(run.out()).path("pipelines")) {
            outcomes.add(row.path("pipeline").asText() + "=" + row.path("outcome").asText());
        }
        return outcomes;
    }

}
