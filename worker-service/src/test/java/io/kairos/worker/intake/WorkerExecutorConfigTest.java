package io.kairos.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kairos.model.config.KairosConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerExecutorConfigTest {

    @Test
    void usesTheDefaultsWhenOnlyTheBootstrapIsGiven() {
        WorkerExecutorConfig config = WorkerExecutorConfig.from(KairosConfig.of(Map.of("bootstrap.servers", "k:9092")));
        assertThat(config.queues()).containsExactly("default");
        assertThat(config.slots()).isEqualTo(8);
        assertThat(config.heartbeatInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.drainTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.kafka().getProperty("bootstrap.servers")).isEqualTo("k:9092");
    }

    @Test
    void readsQueuesSlotsAndWorkerIdFromKairosKeys() {
        WorkerExecutorConfig config = WorkerExecutorConfig.from(KairosConfig.of(Map.of("bootstrap.servers", "k:9092",
                "kairos.executor.queues", "gpu, default", "kairos.executor.slots", "3", "kairos.worker.id", "w-1")));
        assertThat(config.queues()).isEqualTo(List.of("gpu", "default"));
        assertThat(config.slots()).isEqualTo(3);
        assertThat(config.workerId().value()).isEqualTo("w-1");
    }

    @Test
    void refusesBadSettingsNamingTheKey() {
        assertThatThrownBy(() -> WorkerExecutorConfig.from(KairosConfig.of(Map.of("bootstrap.servers", "k:9092",
                "kairos.executor.slots", "0")))).hasMessageContaining("kairos.executor.slots");
        assertThatThrownBy(() -> WorkerExecutorConfig.from(KairosConfig.of(Map.of("bootstrap.servers", "k:9092",
                "kairos.executor.queues", "Bad Queue")))).hasMessageContaining("queue");
        assertThatThrownBy(() -> WorkerExecutorConfig.from(KairosConfig.of(Map.of())))
                .hasMessageContaining("bootstrap.servers");
    }
}
