package io.kairos.worker.intake;

import io.kairos.model.config.ConfigLoader;
import io.kairos.model.config.KairosConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one executor as its own process, configured by {@code KAIROS_*} environment variables and an
 * optional properties file (first argument). SIGTERM or Ctrl-C drains it gracefully, then the process
 * exits 0; a start-up failure exits 1.
 */
public final class ExecutorMain {

    private static final Logger log = LoggerFactory.getLogger(ExecutorMain.class);

    private ExecutorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        WorkerExecutor executor;
        try {
            KairosConfig config = ConfigLoader.fromSystemEnvironment().load(args.length > 0 ? Path.of(args[0]) : null);
            log.info("Executor config: {}", config.describe());
            executor = new WorkerExecutor(WorkerExecutorConfig.from(config), new SimpleMeterRegistry(), Clock.systemUTC());
            executor.start();
        } catch (RuntimeException e) {
            log.error("Executor did not start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndExit(executor), "kairos-shutdown"));
        new CountDownLatch(1).await();
    }

    /** On SIGTERM: drain, then end the process with status 0 (a JVM ended by a signal would report 143). */
    private static void stopAndExit(WorkerExecutor executor) {
        try {
            executor.close();
        } catch (RuntimeException e) {
            log.error("Executor did not stop cleanly; exiting anyway", e);
        }
        Runtime.getRuntime().halt(0);
    }
}
