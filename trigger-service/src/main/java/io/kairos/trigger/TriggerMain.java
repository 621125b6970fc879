package io.kairos.trigger;

import io.kairos.model.config.ConfigLoader;
import io.kairos.model.config.KairosConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the trigger-service alone: {@code TriggerMain [properties-file]}, configured by that file (or
 * {@code KAIROS_CONFIG_FILE}) and {@code KAIROS_*} environment variables, see {@link ConfigLoader}.
 * SIGTERM or Ctrl-C closes it gracefully; the JVM exits once it has stopped.
 */
public final class TriggerMain {

    private static final Logger log = LoggerFactory.getLogger(TriggerMain.class);

    private TriggerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        KairosConfig config = ConfigLoader.fromSystemEnvironment().load(args.length > 0 ? Path.of(args[0]) : null);
        TriggerService service = TriggerService.fromConfig(config, new SimpleMeterRegistry());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "kairos-trigger-shutdown"));
        service.start();
        log.info("Trigger running; SIGTERM stops it");
        stopped.await();
    }
}
