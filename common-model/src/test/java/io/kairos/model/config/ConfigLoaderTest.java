package io.kairos.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void kafkaClientSettingsPassThroughUnchanged() throws IOException {
        Path file = write("bootstrap.servers=broker:9093\nsecurity.protocol=SASL_SSL\n"
                + "sasl.mechanism=SCRAM-SHA-512\nssl.truststore.location=/etc/kairos/trust.p12\nkairos.http.port=9000\n");

        KairosConfig config = new ConfigLoader(Map.of()).load(file);

        assertThat(config.kafkaProperties())
                .containsEntry("bootstrap.servers", "broker:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/kairos/trust.p12")
                .doesNotContainKey("kairos.http.port");
        assertThat(config.integer("kairos.http.port", 8080)).isEqualTo(9000);
    }

    @Test
    void environmentOverridesTheFileAndMapsNamesOntoKeys() throws IOException {
        Path file = write("bootstrap.servers=from-file:9092\nkairos.worker.slots=4\n");
        Map<String, String> env = Map.of(
                "KAIROS_BOOTSTRAP_SERVERS", "from-env:9092",
                "KAIROS_WORKER_SLOTS", "16",
                "KAIROS_KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "PATH", "/usr/bin");

        KairosConfig config = new ConfigLoader(env).load(file);

        assertThat(config.kafkaProperties()).containsEntry("bootstrap.servers", "from-env:9092")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                .doesNotContainKey("path");
        assertThat(config.integer("kairos.worker.slots", 8)).isEqualTo(16);
    }

    @Test
    void theConfigFileMayComeFromTheEnvironment() throws IOException {
        Path file = write("kairos.http.port=9100\n");

        KairosConfig config = new ConfigLoader(Map.of("KAIROS_CONFIG_FILE", file.toString())).load(null);

        assertThat(config.integer("kairos.http.port", 8080)).isEqualTo(9100);
    }

    @Test
    void secretsAreMaskedInTheDescription() {
        KairosConfig config = KairosConfig.of(Map.of(
                "sasl.jaas.config", "... password=\"hunter2\";",
                "ssl.keystore.password", "hunter2",
                "ssl.key.password", "hunter2",
                "kairos.api.admin.token", "hunter2",
                "bootstrap.servers", "b:9092"));

        assertThat(config.describe()).doesNotContain("hunter2").contains("bootstrap.servers=b:9092");
    }

    @Test
    void aBadValueNamesTheKeyItsSourceAndWhatWasExpected() {
        KairosConfig config = new ConfigLoader(Map.of("KAIROS_WORKER_SLOTS", "many", "KAIROS_STALE_AFTER", "30s"))
                .load(null);

        assertThatThrownBy(() -> config.integer("kairos.worker.slots", 8))
                .hasMessage("kairos.worker.slots=\"many\" (from env KAIROS_WORKER_SLOTS): expected an integer");
        assertThatThrownBy(() -> config.duration("kairos.stale.after", Duration.ofSeconds(30)))
                .hasMessageContaining("expected an ISO-8601 duration such as PT30S");
    }

    @Test
    void aMissingConfigFileIsNamed() {
        Path missing = dir.resolve("absent.properties");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(missing))
                .hasMessageContaining("absent.properties: not found or not readable");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("kairos.properties"), content);
    }
}
