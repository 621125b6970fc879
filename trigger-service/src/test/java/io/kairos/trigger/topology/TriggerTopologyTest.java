package io.kairos.trigger.topology;

import static io.kairos.trigger.Pipelines.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.topic.Topics;
import io.kairos.trigger.schedule.FiringRules;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerTopologyTest {

    private static final Instant START = Instant.parse("2026-03-01T09:59:30Z");

    @TempDir
    Path stateDir;

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void everyProcessorAndStoreHasAnExplicitName() {
        TopologyDescription description = new TriggerTopology(FiringRules.DEFAULT, Duration.ofMillis(50),
                new TriggerMetrics(new SimpleMeterRegistry()), java.time.Clock.systemUTC(), 10).build().describe();
        String text = description.toString();
        assertThat(text).contains(TriggerTopology.PIPELINES_SOURCE, TriggerTopology.SPEC_READER, TriggerTopology.SCHEDULER,
                TriggerTopology.RUN_REQUESTS_SINK, TriggerTopology.DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(),
                TriggerStores.SPECS, TriggerStores.SCHEDULES, TriggerStores.DUE_INDEX, TriggerStores.PIPELINE_COUNTS,
                Topics.PIPELINES.name(), Topics.RUN_REQUESTS.name());
        assertThat(text).doesNotContain("KSTREAM-", "KTABLE-");
    }

    @Test
    void anUnreadableSpecGoesToTheDeadLetterTopicWithTheReasonAndTheTriggerCarriesOn() {
        try (TriggerDriver trigger = new TriggerDriver(stateDir, START)) {
            byte[] key = "acme/broken".getBytes(StandardCharsets.UTF_8);
            byte[] value = "{not json".getBytes(StandardCharsets.UTF_8);
            trigger.publishRaw(key, value).publish(aPipeline().cron("* * * * *").build())
                    .runUntil(Instant.parse("2026-03-01T10:00:01Z"), Duration.ofSeconds(1));
            TestRecord<byte[], byte[]> dead = trigger.deadLetters().get(0);
            assertThat(dead.key()).isEqualTo(key);
            assertThat(dead.value()).isEqualTo(value);
            assertThat(header(dead.headers(), UnreadableRecord.HEADER_REASON)).startsWith("not JSON");
            assertThat(header(dead.headers(), UnreadableRecord.HEADER_TOPIC)).isEqualTo(Topics.PIPELINES.name());
            assertThat(header(dead.headers(), UnreadableRecord.HEADER_OFFSET)).isEqualTo("0");
            assertThat(header(dead.headers(), UnreadableRecord.HEADER_SERVICE)).isEqualTo(DeadLetters.SERVICE);
            assertThat(trigger.runIds()).containsExactly("acme/report@2026-03-01T10:00:00Z");
        }
    }

    @Test
    void anInvalidSpecIsDeadLetteredWithEveryProblemItHas() {
        try (TriggerDriver trigger = new TriggerDriver(stateDir, START)) {
            String spec = "{\"schemaVersion\":1,\"spec\":{\"id\":\"acme/bad\",\"schedule\":{\"cron\":\"61 * * * *\"},"
                    + "\"executor\":{\"type\":\"sleep\",\"duration\":\"PT1S\"}}}";
            trigger.publishRaw("acme/bad".getBytes(StandardCharsets.UTF_8), spec.getBytes(StandardCharsets.UTF_8));
            assertThat(header(trigger.deadLetters().get(0).headers(), UnreadableRecord.HEADER_REASON))
                    .contains("schedule.cron", "minute");
            assertThat(trigger.storedStates()).isZero();
        }
    }

    @Test
    void aKeyThatIsNoPipelineIdIsDeadLettered() {
        try (TriggerDriver trigger = new TriggerDriver(stateDir, START)) {
            trigger.publishRaw("no-slash".getBytes(StandardCharsets.UTF_8), null);
            assertThat(header(trigger.deadLetters().get(0).headers(), UnreadableRecord.HEADER_REASON))
                    .contains("the key is not a pipeline id");
        }
    }

    @Test
    void metersCountFiresByOriginAndOutcomeAndPipelinesByState() {
        try (TriggerDriver trigger = new TriggerDriver(stateDir, START)) {
            trigger.publish(aPipeline().cron("* * * * * *").build())
                    .publish(aPipeline("acme/quiet").cron("0 0 * * *").paused(true).build())
                    .publish(aPipeline("acme/manual").build())
                    .runUntil(START.plusSeconds(5));
            SimpleMeterRegistry registry = trigger.registry;
            assertThat(registry.get("kairos.trigger.fires").tag("origin", "schedule").tag("outcome", "fired")
                    .counter().count()).isEqualTo(5);
            assertThat(registry.get("kairos.trigger.fire.lag").tag("origin", "schedule").timer().count()).isEqualTo(5);
            assertThat(registry.get("kairos.trigger.fire.lag").tag("origin", "schedule").timer().max(java.util.concurrent.TimeUnit.MILLISECONDS))
                    .isLessThanOrEqualTo(50);
            assertThat(registry.get("kairos.trigger.pipelines").tag("state", "scheduled").gauge().value()).isEqualTo(1);
            assertThat(registry.get("kairos.trigger.pipelines").tag("state", "paused").gauge().value()).isEqualTo(1);
            assertThat(registry.get("kairos.trigger.pipelines").tag("state", "idle").gauge().value()).isEqualTo(1);
            assertThat(registry.get("kairos.trigger.punctuation.duration").timer().count()).isPositive();
        }
    }
}
