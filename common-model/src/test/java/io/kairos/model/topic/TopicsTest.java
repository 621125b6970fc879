package io.kairos.model.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kairos.model.run.Lane;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void theCatalogueHasEveryControlTopicAndThreeLanesPerQueue() {
        List<TopicDefinition> catalogue = Topics.catalogue(TopicLayout.SINGLE_BROKER, List.of("default", "gpu"));

        assertThat(catalogue).extracting(TopicDefinition::name).containsExactly(
                "kairos.pipelines", "kairos.run-requests", "kairos.run-events", "kairos.commands", "kairos.worker-control",
                "kairos.workers", "kairos.dead-letter",
                "kairos.runs.default.high", "kairos.runs.default.normal", "kairos.runs.default.low",
                "kairos.runs.gpu.high", "kairos.runs.gpu.normal", "kairos.runs.gpu.low");
    }

    @Test
    void tablesAreCompactedAndLogsExpire() {
        TopicDefinition workers = TopicDefinition.of(Topics.WORKERS, TopicLayout.REPLICATED);
        TopicDefinition events = TopicDefinition.of(Topics.RUN_EVENTS, TopicLayout.REPLICATED);

        assertThat(workers.cleanupPolicy()).isEqualTo("compact");
        assertThat(workers.configs()).doesNotContainKey("retention.ms").containsEntry("min.insync.replicas", "2");
        assertThat(events.cleanupPolicy()).isEqualTo("delete");
        assertThat(events.configs()).containsEntry("retention.ms", "604800000");
        assertThat(events.replicationFactor()).isEqualTo((short) 3);
    }

    @Test
    void workersReportsAreStampedByTheBrokerNotByTheirClocks() {
        assertThat(TopicDefinition.of(Topics.RUN_EVENTS, TopicLayout.REPLICATED).configs())
                .containsEntry("message.timestamp.type", "LogAppendTime");
        assertThat(TopicDefinition.of(Topics.WORKERS, TopicLayout.REPLICATED).configs())
                .containsEntry("message.timestamp.type", "LogAppendTime");
        assertThat(TopicDefinition.of(Topics.RUN_REQUESTS, TopicLayout.REPLICATED).configs())
                .doesNotContainKey("message.timestamp.type");
    }

    @Test
    void controlTopicsShareOnePartitionCountSoAPipelineStaysOnOnePartitionNumber() {
        TopicLayout layout = new TopicLayout(24, 6, (short) 1, 1);

        assertThat(Topics.catalogue(layout, List.of("default")))
                .filteredOn(d -> !d.name().startsWith("kairos.runs."))
                .allSatisfy(d -> assertThat(d.partitions()).isEqualTo(24));
        assertThat(TopicDefinition.of(Topics.lane("default", Lane.LOW), layout).partitions()).isEqualTo(6);
    }

    @Test
    void queueNamesThatCannotBePartOfATopicNameAreRefused() {
        assertThatThrownBy(() -> Topics.lane("GPU queue", Lane.HIGH))
                .hasMessageStartingWith("queue \"GPU queue\": must be 1-48 characters");
    }

    @Test
    void aLayoutRefusesMoreInSyncReplicasThanReplicas() {
        assertThatThrownBy(() -> new TopicLayout(12, 12, (short) 1, 2))
                .hasMessageContaining("minInsyncReplicas: must be between 1 and the replication factor 1");
    }
}
