package io.kairos.infra.local;

import io.kairos.model.topic.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one line about the system: broker nodes and how many records the run topics hold. */
final class StatusLine implements Runnable {

    private static final Logger log = LoggerFactory.getLogger("kairos.status");
    private static final List<String> COUNTED = List.of(Topics.RUN_REQUESTS.name(), Topics.RUN_EVENTS.name(),
            Topics.DEAD_LETTER.name());

    private final Admin admin;

    StatusLine(Admin admin) {
        this.admin = admin;
    }

    @Override
    public void run() {
        try {
            int nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
            StringBuilder line = new StringBuilder("status: brokers=" + nodes);
            for (String topic : COUNTED) {
                line.append(' ').append(topic.substring(Topics.PREFIX.length())).append('=').append(records(topic));
            }
            log.info(line.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("status: the cluster did not answer ({}); will try again", e.getMessage());
        }
    }

    private long records(String topic) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new java.util.HashMap<>();
        description.partitions().forEach(p -> {
            latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
            earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
        });
        return sum(admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS))
                - sum(admin.listOffsets(earliest).all().get(5, TimeUnit.SECONDS));
    }

    private static long sum(Map<TopicPartition, ListOffsetsResultInfo> offsets) {
        return offsets.values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
    }
}
