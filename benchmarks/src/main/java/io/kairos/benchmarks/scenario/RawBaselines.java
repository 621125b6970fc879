package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.load.RunRequestLoad;
import io.kairos.benchmarks.observe.RawKafka;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;

/** Measures raw Kafka on the scenario's broker before the scenario starts Kairos, and puts it in the report. */
public final class RawBaselines {

    private RawBaselines() {
    }

    public static RawKafka measure(BenchRun run, BenchReport report) throws Exception {
        boolean smoke = run.options().smoke();
        try (Admin admin = run.admin()) {
            RawKafka raw = RawKafka.measure(admin, run.bootstrapServers(), RunRequestLoad.requestBytes(),
                    smoke ? 1_000 : 200_000, smoke ? 100 : 500, smoke ? Duration.ofMillis(500) : Duration.ofSeconds(10),
                    BenchRun.COMMIT_INTERVAL);
            report.raw(raw);
            return raw;
        }
    }
}
