package io.kairos.infra.faults.harness;

import io.kairos.model.topic.Topics;
import io.kairos.worker.intake.LaneIntake;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;

/** The executors' consumer group of the default queue, as the group coordinator describes it. */
public final class LaneGroup {

    private LaneGroup() {
    }

    /** Whether the group is stable with exactly {@code members} members, each owning lane partitions. */
    public static boolean isStableWith(Admin admin, int members) {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(LaneIntake.GROUP_PREFIX
                    + Topics.DEFAULT_QUEUE)).all().get(5, TimeUnit.SECONDS).values().iterator().next();
            return group.groupState() == GroupState.STABLE && group.members().size() == members
                    && group.members().stream().allMatch(member -> !member.assignment().topicPartitions().isEmpty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }
}
