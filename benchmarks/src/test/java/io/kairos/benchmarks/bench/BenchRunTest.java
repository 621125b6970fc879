package io.kairos.benchmarks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's sizes, each measured with nothing of the size before it still running. */
class BenchRunTest {

    @TempDir
    Path dir;

    @Test
    void aSizesServicesStopBeforeTheNextSizeStartsAndTheLastOnesWhenItEnds() throws Exception {
        BenchOptions options = new BenchOptions(true, null, dir.resolve("results"), dir.resolve("work"), 0, Map.of(),
                Map.of(), List.of());
        List<ServiceProcess> started = new ArrayList<>();
        List<Boolean> aliveAtTheEndOfItsSize = new ArrayList<>();
        List<Boolean> earlierAliveWhenTheNextSizeStarted = new ArrayList<>();
        try (BenchRun first = BenchRun.start(options, "each-size")) {
            first.eachSize("each-size", List.of(1, 2), (run, size) -> {
                started.forEach(earlier -> earlierAliveWhenTheNextSizeStarted.add(isAlive(earlier)));
                ServiceProcess executor = run.startExecutor("bench-executor-" + size, 1);
                BenchRun.awaitReady(executor);
                started.add(executor);
                aliveAtTheEndOfItsSize.add(isAlive(executor));
            });
            assertThat(started).noneMatch(BenchRunTest::isAlive);
        }
        assertThat(aliveAtTheEndOfItsSize).containsExactly(true, true);
        assertThat(earlierAliveWhenTheNextSizeStarted).containsExactly(false);
    }

    private static boolean isAlive(ServiceProcess process) {
        return ProcessHandle.of(process.pid()).map(ProcessHandle::isAlive).orElse(false);
    }
}
