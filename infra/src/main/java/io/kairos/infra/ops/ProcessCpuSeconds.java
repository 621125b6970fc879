package io.kairos.infra.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** {@code process_cpu_seconds_total}: CPU time used by this JVM, in seconds (the Prometheus convention). */
final class ProcessCpuSeconds implements MeterBinder {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final String SECONDS = "seconds";

    @Override
    public void bindTo(MeterRegistry registry) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            FunctionCounter.builder("process.cpu", sun, bean -> bean.getProcessCpuTime() / NANOS_PER_SECOND)
                    .baseUnit(SECONDS).description("CPU time used by the JVM process")
                    .register(registry);
        }
    }
}
