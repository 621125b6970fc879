package io.kairos.infra.service;

import io.kairos.infra.ops.OpsHttpServer;
import io.kairos.infra.ops.ServiceMetrics;
import io.kairos.model.config.ConfigLoader;
import io.kairos.model.config.KairosConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * One Kairos service as a process: settings from {@code --config FILE} and {@code KAIROS_*}, one
 * HTTP port with /livez, /readyz and /metrics, the service's parts, and a graceful stop on SIGTERM.
 */
public abstract class ServiceCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file of settings (default: $KAIROS_CONFIG_FILE); KAIROS_* variables override it.")
    Path configFile;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "HTTP port for the API, /livez, /readyz and /metrics (default: kairos.http.port, else 8080).")
    Integer httpPort;

    /** The {@code application} tag of this process's metrics, such as {@code kairos-trigger}. */
    protected abstract String application();

    /** Starts the service's parts, registering each with {@code process}, and its readiness checks. */
    protected abstract void start(ServiceContext context);

    @Override
    public final Integer call() throws Exception {
        KairosConfig config = ConfigLoader.fromSystemEnvironment().load(configFile);
        if (httpPort != null) {
            config = config.with(HttpSettings.PORT, Integer.toString(httpPort));
        }
        HttpSettings http = HttpSettings.from(config);
        try (ProcessLifecycle process = new ProcessLifecycle(application())) {
            ServiceMetrics metrics = process.add(new ServiceMetrics(application(), http.instance()));
            OpsHttpServer server = process.add(OpsHttpServer.start(http.host(), http.port(), metrics));
            start(new ServiceContext(config, http, metrics, server, process));
            server.markStarted();
            process.awaitShutdownSignal();
        }
        return 0;
    }
}
