package io.kairos.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniqueNamesTest {

    @Test
    void keepsOnlyCharactersLegalInTopicNames() {
        assertThat(UniqueNames.next("runs", "firesOnce(Clock)[1] ok")).matches("runs-firesonceclock1ok-\\d+-[a-z0-9]+");
    }

    @Test
    void shortensLongTestNames() {
        String name = UniqueNames.next("p", "a".repeat(100));

        assertThat(name).startsWith("p-" + "a".repeat(UniqueNames.MAX_TEST_NAME_LENGTH) + "-");
    }

    @Test
    void neverRepeatsAName() {
        assertThat(UniqueNames.next("p", "t")).isNotEqualTo(UniqueNames.next("p", "t"));
    }

    @Test
    void mapsBrokerSettingsToTheImageEnvironment() {
        assertThat(ContainerBackend.environmentName("group.initial.rebalance.delay.ms"))
                .isEqualTo("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS");
    }
}
