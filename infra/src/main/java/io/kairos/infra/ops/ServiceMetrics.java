package io.kairos.infra.ops;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Prometheus registry of one process: common tags {@code application} and {@code instance},
 * JVM and process metrics, names kept within Prometheus rules ({@link PrometheusNameRules}); each
 * service binds its own domain, Streams and client metrics to it.
 * Closing it closes every binder that holds resources.
 */
public final class ServiceMetrics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceMetrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> closeables = new ArrayList<>();

    public ServiceMetrics(String application, String instance) {
        registry.config().meterFilter(new PrometheusNameRules())
                .commonTags(List.of(Tag.of("application", application), Tag.of("instance", instance)));
        List<MeterBinder> process = List.of(new JvmMemoryMetrics(), new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new JvmInfoMetrics(), new ProcessorMetrics(), new ProcessCpuSeconds(), new UptimeMetrics(),
                new FileDescriptorMetrics());
        process.forEach(binder -> binder.bindTo(registry));
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        closeables.add(gc);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The text exposition of every meter, for {@code /metrics}. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.warn("Could not close metrics binder {}; continuing", closeable.getClass().getSimpleName(), e);
            }
        }
        closeables.clear();
        registry.close();
    }
}
