package io.kairos.infra.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EmbeddedBrokerConfigTest {

    @Test
    void defaultsToPort9092AndTheLocalDataDir() {
        EmbeddedBrokerConfig config = EmbeddedBrokerConfig.defaults();

        assertThat(config.port()).isEqualTo(9092);
        assertThat(config.dataDir()).isEqualTo(Path.of(".kairos", "kafka"));
        assertThat(config.controllerPort()).isEmpty();
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThatThrownBy(() -> EmbeddedBrokerConfig.defaults().withPort(70_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
    }

    @Test
    void refusesAControllerPortEqualToTheClientPort() {
        assertThatThrownBy(() -> EmbeddedBrokerConfig.defaults().withPort(9500).withControllerPort(9500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("controllerPort");
    }

    @Test
    void letsExtraPropertiesOverrideDefaults() {
        EmbeddedBrokerConfig config = EmbeddedBrokerConfig.defaults().withProperty("log.retention.hours", "1");

        assertThat(SingleNodeBrokerProperties.of(Path.of("/data"), 9092, 9093, config.extraProperties()))
                .containsEntry("log.retention.hours", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093");
    }
}
