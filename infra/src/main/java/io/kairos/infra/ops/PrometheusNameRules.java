package io.kairos.infra.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Arrays;
import java.util.Set;

/**
 * Keeps the exposition within Prometheus naming rules ({@code promtool check metrics}) whatever the
 * binders register:
 * <ul>
 *   <li>meters measured in nano- or milliseconds by name ({@code kafka.producer.txn.commit.time.ns.total},
 *   {@code kafka.app.info.start.time.ms}) are dropped: their value cannot be rescaled by a filter, and
 *   each has a base-unit or rate counterpart;</li>
 *   <li>{@code process.cpu.time} (nanoseconds) is dropped for {@link ProcessCpuSeconds}, and the counter
 *   {@code jvm.classes.loaded.count} for the gauge {@code jvm.classes.loaded} and the counter
 *   {@code jvm.classes.unloaded};</li>
 *   <li>a gauge named {@code ….count} is renamed to the plural ({@code connection.count} →
 *   {@code connections}), since {@code _count} belongs to histograms and summaries;</li>
 *   <li>a meter without a description gets one made of its name, so every family has help text.</li>
 * </ul>
 */
public final class PrometheusNameRules implements MeterFilter {

    private static final Set<String> SUB_UNIT_TOKENS = Set.of("ns", "ms", "us");
    private static final Set<String> DROPPED = Set.of("process.cpu.time", "jvm.classes.loaded.count");
    private static final String COUNT_SUFFIX = ".count";

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        boolean dropped = DROPPED.contains(id.getName()) || hasSubUnitToken(id.getName());
        return dropped ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        Meter.Id renamed = isCountGauge(id) ? id.withName(plural(id.getName())) : id;
        return hasDescription(renamed) ? renamed : describedByName(renamed);
    }

    private static boolean hasSubUnitToken(String name) {
        return Arrays.stream(name.split("[._-]")).anyMatch(SUB_UNIT_TOKENS::contains);
    }

    private static boolean isCountGauge(Meter.Id id) {
        return id.getType() == Meter.Type.GAUGE && id.getName().endsWith(COUNT_SUFFIX);
    }

    private static String plural(String name) {
        return name.substring(0, name.length() - COUNT_SUFFIX.length()) + "s";
    }

    private static boolean hasDescription(Meter.Id id) {
        return id.getDescription() != null && !id.getDescription().isBlank();
    }

    private static Meter.Id describedByName(Meter.Id id) {
        return new Meter.Id(id.getName(), Tags.of(id.getTags()), id.getBaseUnit(), id.getName().replace('.', ' '),
                id.getType());
    }
}
