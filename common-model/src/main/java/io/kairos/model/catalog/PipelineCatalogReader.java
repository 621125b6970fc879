package io.kairos.model.catalog;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/** The pipelines as {@code kairos.pipelines} holds them now, read to its end; unreadable specs are left out. */
public final class PipelineCatalogReader {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Properties clientProperties;
    private final Duration timeout;

    public PipelineCatalogReader(Properties clientProperties, Duration timeout) {
        this.clientProperties = clientProperties;
        this.timeout = timeout;
    }

    /** Every current pipeline, by id. */
    public Map<PipelineId, PipelineSpec> read() {
        return new TreeMap<>(new CompactedTopicReader<>(Topics.PIPELINES, clientProperties).read(timeout).live());
    }

    public Optional<PipelineSpec> find(PipelineId id) {
        return Optional.ofNullable(read().get(id));
    }
}
