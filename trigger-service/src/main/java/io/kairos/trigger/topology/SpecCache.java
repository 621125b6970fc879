package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Parsed specs of up to {@code capacity} of one task's pipelines. Reading a spec from its store means
 * parsing and validating its JSON, the largest cost of a fire. Pipelines fire in cycles (every
 * pipeline once before any pipeline again), where a least-recently-used cache smaller than the cycle
 * never hits; this one keeps the first specs it reads until they change or go, so it serves
 * {@code capacity} of every cycle. A spec changes only through its task, which keeps the cache in
 * step with the store. Used by the task's stream thread only.
 */
final class SpecCache {

    private final int capacity;
    private final Map<PipelineId, PipelineSpec> specs = new HashMap<>();

    /** {@code capacity} 0 keeps nothing. */
    SpecCache(int capacity) {
        this.capacity = capacity;
    }

    /** The spec of {@code id}, from the cache or else from {@code store} (null when it has none). */
    PipelineSpec get(PipelineId id, Function<PipelineId, PipelineSpec> store) {
        PipelineSpec known = specs.get(id);
        if (known != null) {
            return known;
        }
        PipelineSpec loaded = store.apply(id);
        remember(id, loaded);
        return loaded;
    }

    /** {@code spec} null: the pipeline is gone. */
    void remember(PipelineId id, PipelineSpec spec) {
        if (spec == null) {
            specs.remove(id);
        } else if (specs.size() < capacity || specs.containsKey(id)) {
            specs.put(id, spec);
        }
    }

    int size() {
        return specs.size();
    }
}
