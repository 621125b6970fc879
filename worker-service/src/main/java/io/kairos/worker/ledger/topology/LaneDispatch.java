package io.kairos.worker.ledger.topology;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Lane;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import java.util.Objects;

/** An admitted attempt on its way to the lane of its queue and priority. */
record LaneDispatch(String queue, DispatchedRun run) {

    LaneDispatch {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(run, "run");
    }

    Topic<?, DispatchedRun> topic() {
        return Topics.lane(queue, Lane.forPriority(run.priority()));
    }
}
