package io.kairos.model.spec;

import static io.kairos.model.spec.PipelineSpecs.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.model.schedule.DstGapPolicy;
import io.kairos.model.schedule.DstOverlapPolicy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SpecWriterTest {

    static Stream<PipelineSpec> specs() {
        return Stream.of(
                aPipeline().build(),
                aPipeline().cron("*/5 * * * *").build(),
                aPipeline().timezone(ZoneId.of("America/New_York")).cron("30 1 * * *", DstGapPolicy.SKIP, DstOverlapPolicy.BOTH)
                        .paused(true).priority(9).queue("gpu").maxConcurrentRuns(3).overlap(OverlapPolicy.CANCEL_OTHER)
                        .catchup(new CatchupPolicy(CatchupPolicy.Mode.NONE, 1, Duration.ofMinutes(5)))
                        .retry(RetryPolicy.NONE).timeout(Duration.ofMinutes(30)).staleAfter(Duration.ofSeconds(5))
                        .jitter(Duration.ofMinutes(1)).build(),
                aPipeline().interval(Duration.ofMinutes(15), Instant.parse("2026-01-01T00:00:07Z"))
                        .executor(new CommandExecutorSpec(List.of("/bin/run", "--all"), Map.of("MODE", "full"), "/tmp")).build(),
                aPipeline().once(Instant.parse("2026-12-01T09:00:00Z"))
                        .executor(new HttpExecutorSpec(URI.create("https://jobs.example.com/run"), Map.of("X-Token", "abc"),
                                Duration.ofSeconds(3))).build(),
                aPipeline().timezone(ZoneId.of("UTC")).cron("@daily")
                        .executor(new JavaExecutorSpec("com.acme.Step", Map.of("batch", 500, "nested", Map.of("on", true)))).build());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void parsingWhatWasWrittenGivesTheSameSpec(PipelineSpec spec) {
        assertThat(SpecParser.parse(SpecWriter.toJson(spec))).isEqualTo(spec);
    }

    @Test
    void writesEveryDefaultExplicitly() {
        ObjectNode tree = SpecWriter.toTree(aPipeline().cron("0 * * * *").build());

        assertThat(tree.fieldNames()).toIterable().containsExactly("id", "schedule", "timezone", "paused", "priority",
                "queue", "maxConcurrentRuns", "overlap", "catchup", "retry", "staleAfter", "jitter", "executor");
        assertThat(tree.toString()).isEqualTo("{\"id\":\"acme/test-pipeline\","
                + "\"schedule\":{\"cron\":\"0 * * * *\",\"onDstGap\":\"shift\",\"onDstOverlap\":\"first\"},"
                + "\"timezone\":\"UTC\",\"paused\":false,\"priority\":5,\"queue\":\"default\",\"maxConcurrentRuns\":1,"
                + "\"overlap\":\"skip\",\"catchup\":{\"policy\":\"latest\",\"maxCatchupRuns\":10},"
                + "\"retry\":{\"maxAttempts\":3,\"backoff\":\"PT2S\",\"maxBackoff\":\"PT5M\",\"jitter\":0.2},"
                + "\"staleAfter\":\"PT30S\",\"jitter\":\"PT0S\","
                + "\"executor\":{\"type\":\"sleep\",\"duration\":\"PT1S\",\"failureRate\":0.0}}");
    }
}
