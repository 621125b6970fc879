package io.kairos.worker.ledger.service;

import io.kairos.model.config.ConfigLoader;
import io.kairos.model.config.KairosConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ledger alone in this JVM, configured by {@code KAIROS_*} environment variables and an
 * optional properties file given as the only argument; stops cleanly on SIGTERM or Ctrl-C.
 */
public final class LedgerMain {

    private static final Logger log = LoggerFactory.getLogger(LedgerMain.class);

    private LedgerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        KairosConfig config = ConfigLoader.fromSystemEnvironment().load(args.length > 0 ? Path.of(args[0]) : null);
        LedgerService ledger = LedgerService.create(config, new SimpleMeterRegistry());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down the ledger");
            ledger.close();
            stopped.countDown();
        }, "ledger-shutdown"));
        ledger.start();
        stopped.await();
    }
}
