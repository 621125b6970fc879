package io.kairos.testkit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/** Creates a topic and waits until every partition has a leader that the brokers advertise. */
final class TopicCreator {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;

    TopicCreator(Admin admin) {
        this.admin = admin;
    }

    void create(NewTopic topic) {
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic.name(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topic " + topic.name(), e);
        }
        await("leaders of every partition of " + topic.name())
                .atMost(TIMEOUT)
                .ignoreExceptions()
                .until(() -> hasLeaderForEveryPartition(topic));
    }

    private boolean hasLeaderForEveryPartition(NewTopic topic) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(topic.name()))
                .allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic.name());
        return description.partitions().size() == topic.numPartitions()
                && description.partitions().stream().allMatch(partition -> partition.leader() != null);
    }
}
