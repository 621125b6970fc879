package io.kairos.cli.support;

import io.kairos.cli.CliRun;
import io.kairos.model.config.KairosConfig;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.ApiConfig;
import io.kairos.worker.ledger.service.LedgerConfig;
import io.kairos.worker.ledger.service.LedgerService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import static org.awaitility.Awaitility.await;

/** The catalogue's topics and a ledger with its HTTP API on a real broker, for kairosctl tests. */
public final class KairosOnBroker implements AutoCloseable {

    private final KafkaTestCluster kafka;
    private final LedgerService ledger;

    private KairosOnBroker(KafkaTestCluster kafka, LedgerService ledger) {
        this.kafka = kafka;
        this.ledger = ledger;
    }

    public static KairosOnBroker start(KafkaTestCluster kafka, Path stateDir, ApiConfig api) {
        CliRun topics = CliRun.of("topics", "create", "--bootstrap-server", kafka.bootstrapServers(), "--partitions", "4",
                "--lane-partitions", "2");
        if (topics.exitCode() != 0) {
            throw new IllegalStateException("topics create failed: " + topics.err());
        }
        LedgerConfig config = LedgerConfig.from(KairosConfig.of(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "kairos.ledger.application.id", kafka.uniqueName("ledger"),
                "kairos.ledger.state.dir", stateDir.toString(),
                "kairos.ledger.api.port", "0",
                "kairos.ledger.commit.interval", "PT0.1S",
                "kairos.ledger.sweep.interval", "PT0.2S",
                "kairos.ledger.cancel.grace", "PT2S",
                "kairos.ledger.close.timeout", "PT10S")));
        LedgerService ledger = new LedgerService(config, new SimpleMeterRegistry(), Clock.systemUTC(), null, api);
        ledger.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.isReady() && ledger.isApiReady());
        return new KairosOnBroker(kafka, ledger);
    }

    public String api() {
        return "http://127.0.0.1:" + ledger.apiPort();
    }

    /** kairosctl with the cluster and API options of this system appended. */
    public CliRun ctl(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--bootstrap-server";
        all[args.length + 1] = kafka.bootstrapServers();
        all[args.length + 2] = "--api";
        all[args.length + 3] = api();
        return CliRun.of(all);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
