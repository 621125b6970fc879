package io.kairos.worker.ledger.service;

import io.kairos.model.id.PipelineId;
import io.kairos.model.serde.IdSerde;
import io.kairos.worker.api.PeerDirectory;
import io.kairos.worker.ledger.store.StoreNames;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/** The ledger instances as Kafka Streams knows them from each instance's {@code application.server}. */
final class StreamsPeerDirectory implements PeerDirectory {

    private final KafkaStreams streams;
    private final HostInfo self;

    StreamsPeerDirectory(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    @Override
    public List<HostInfo> others() {
        return streams.streamsMetadataForStore(StoreNames.RUNS).stream().map(StreamsMetadata::hostInfo)
                .filter(host -> !host.equals(self)).distinct().toList();
    }

    @Override
    public Optional<HostInfo> ownerOf(PipelineId pipeline) {
        KeyQueryMetadata owner = streams.queryMetadataForKey(StoreNames.RUNS, pipeline, IdSerde.pipelineId());
        if (owner == null || owner.activeHost() == null || owner.activeHost().equals(self)
                || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            return Optional.empty();
        }
        return Optional.of(owner.activeHost());
    }
}
