package io.kairos.worker.api;

import io.kairos.model.id.PipelineId;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/** Where the other ledger instances are, and which one holds a pipeline's runs. */
public interface PeerDirectory {

    /** Every other instance of the ledger. */
    List<HostInfo> others();

    /** The instance holding {@code pipeline}'s partition; empty when it is this one. */
    Optional<HostInfo> ownerOf(PipelineId pipeline);
}
