package io.kairos.infra.faults.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service process that dies at start is reported at once, with its exit code and the end of its log. */
class JvmProcessTest {

    @TempDir
    Path logs;

    @Test
    void aProcessThatExitedAtStartFailsTheWaitWithItsExitCodeAndLog() throws Exception {
        try (JvmProcess process = JvmProcess.start("no-such-service", "io.kairos.NoSuchMain", List.of(), Map.of(), logs)) {
            ServiceProcess service = new ServiceProcess(process, 1, null, 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());

            assertThatThrownBy(() -> service.awaitReady(Duration.ofMinutes(5)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no-such-service exited with 1")
                    .hasMessageContaining("io.kairos.NoSuchMain");
        }
    }

    @Test
    void aLiveProcessPassesTheCheck() throws Exception {
        try (JvmProcess process = JvmProcess.start("sleeper", Sleeper.class.getName(), List.of(), Map.of(), logs)) {
            process.requireAlive();

            assertThat(process.isAlive()).isTrue();
        }
    }

    /** Runs until stopped, or until its standard input closes. */
    public static final class Sleeper {
        public static void main(String[] args) throws java.io.IOException {
            System.in.read();
        }
    }
}
