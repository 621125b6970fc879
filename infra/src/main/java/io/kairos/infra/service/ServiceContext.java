package io.kairos.infra.service;

import io.kairos.infra.ops.OpsHttpServer;
import io.kairos.infra.ops.ServiceMetrics;
import io.kairos.model.config.KairosConfig;

/** What a service's parts are started with: settings, metrics, the HTTP server and the process. */
public record ServiceContext(KairosConfig config, HttpSettings http, ServiceMetrics metrics, OpsHttpServer server,
                             ProcessLifecycle process) {
}
