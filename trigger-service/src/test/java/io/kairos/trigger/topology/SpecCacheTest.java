package io.kairos.trigger.topology;

import static io.kairos.trigger.Pipelines.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SpecCacheTest {

    private final Map<PipelineId, PipelineSpec> store = new HashMap<>();
    private int storeReads;
    private final Function<PipelineId, PipelineSpec> reader = id -> {
        storeReads++;
        return store.get(id);
    };

    @Test
    void aCycleLongerThanTheCacheStillHitsForTheSpecsItKeeps() {
        for (int i = 0; i < 10; i++) {
            stored("acme/p-" + i);
        }
        SpecCache cache = new SpecCache(4);

        for (int cycle = 0; cycle < 3; cycle++) {
            store.keySet().forEach(id -> cache.get(id, reader));
        }

        assertThat(cache.size()).isEqualTo(4);
        assertThat(storeReads).isEqualTo(10 + 6 + 6);
    }

    @Test
    void aChangedSpecReplacesTheKeptOneAndADeletedOneLeaves() {
        PipelineSpec first = stored("acme/report");
        SpecCache cache = new SpecCache(4);
        cache.get(first.id(), reader);
        PipelineSpec edited = aPipeline("acme/report").cron("0 * * * *").build();

        cache.remember(first.id(), edited);
        assertThat(cache.get(first.id(), reader)).isSameAs(edited);

        cache.remember(first.id(), null);
        store.remove(first.id());
        assertThat(cache.get(first.id(), reader)).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void capacityZeroKeepsNothing() {
        PipelineSpec spec = stored("acme/report");
        SpecCache cache = new SpecCache(0);

        cache.get(spec.id(), reader);
        cache.get(spec.id(), reader);

        assertThat(storeReads).isEqualTo(2);
    }

    private PipelineSpec stored(String id) {
        PipelineSpec spec = aPipeline(id).cron("*/5 * * * *").build();
        store.put(spec.id(), spec);
        return spec;
    }
}
