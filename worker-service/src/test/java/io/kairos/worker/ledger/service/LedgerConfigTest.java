package io.kairos.worker.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.config.KairosConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerConfigTest {

    @Test
    void aKilledLedgersPartitionsAreFreedWithinTenSecondsUnlessTheKafkaSettingsSayOtherwise() {
        LedgerConfig defaults = LedgerConfig.from(KairosConfig.of(Map.of("bootstrap.servers", "broker:9092")));
        LedgerConfig overridden = LedgerConfig.from(KairosConfig.of(Map.of("bootstrap.servers", "broker:9092",
                "session.timeout.ms", "30000")));

        assertThat(defaults.streamsProperties(8081).getProperty("session.timeout.ms")).isEqualTo("10000");
        assertThat(overridden.streamsProperties(8081).getProperty("session.timeout.ms")).isEqualTo("30000");
    }
}
