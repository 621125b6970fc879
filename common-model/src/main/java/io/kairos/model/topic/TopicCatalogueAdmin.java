package io.kairos.model.topic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the catalogue's topics on a cluster and compares what is there with what should be.
 * Creation is idempotent: a topic that exists is left as it is (and reported by {@link #drift}).
 */
public final class TopicCatalogueAdmin {

    public static final String LANE_PREFIX = Topics.PREFIX + "runs.";
    private static final long TIMEOUT_SECONDS = 60;
    private static final long METADATA_POLL_MILLIS = 100;

    private final Admin admin;

    public TopicCatalogueAdmin(Admin admin) {
        this.admin = admin;
    }

    /** Creates the missing topics; returns each topic's name with {@code created} or {@code exists}. */
    public Map<String, String> create(List<TopicDefinition> catalogue) {
        if (catalogue.isEmpty()) {
            return Map.of();
        }
        Set<String> existing = existingTopics();
        Map<String, KafkaFuture<Void>> creations = admin.createTopics(catalogue.stream()
                        .filter(definition -> !existing.contains(definition.name()))
                        .map(TopicDefinition::toNewTopic).toList())
                .values();
        Map<String, String> outcome = new LinkedHashMap<>();
        for (TopicDefinition definition : catalogue) {
            KafkaFuture<Void> creation = creations.get(definition.name());
            outcome.put(definition.name(), creation == null || alreadyExisted(creation) ? "exists" : "created");
        }
        awaitVisible(outcome.keySet());
        return outcome;
    }

    /**
     * Waits until {@code names} are listed and every partition has a leader: a topic just created
     * may be missing from the metadata of the broker that answers next for a short while, and a
     * write before its leader is elected is refused.
     */
    private void awaitVisible(Set<String> names) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!existingTopics().containsAll(names) || !allHaveLeaders(names)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("created topics did not appear in the metadata within " + TIMEOUT_SECONDS + " s");
            }
            try {
                Thread.sleep(METADATA_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for created topics", e);
            }
        }
    }

    private boolean allHaveLeaders(Set<String> names) {
        return await(admin.describeTopics(names).allTopicNames()).values().stream()
                .flatMap(description -> description.partitions().stream())
                .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
    }

    /** Each catalogue topic as found on the cluster. */
    public List<TopicObservation> observe(List<TopicDefinition> catalogue) {
        Set<String> existing = existingTopics();
        List<String> present = catalogue.stream().map(TopicDefinition::name).filter(existing::contains).toList();
        Map<String, TopicDescription> descriptions = await(admin.describeTopics(present).allTopicNames());
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(present.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList()).all());
        List<TopicObservation> observations = new ArrayList<>();
        for (TopicDefinition definition : catalogue) {
            TopicDescription description = descriptions.get(definition.name());
            observations.add(description == null ? TopicObservation.missing(definition)
                    : observed(definition, description, configs.get(new ConfigResource(ConfigResource.Type.TOPIC, definition.name()))));
        }
        return observations;
    }

    /** Every difference between the cluster and the catalogue; empty when they agree. */
    public List<TopicDrift> drift(List<TopicDefinition> catalogue) {
        List<TopicDrift> drift = new ArrayList<>();
        for (TopicObservation observation : observe(catalogue)) {
            drift.addAll(driftOf(observation));
        }
        return drift;
    }

    static List<TopicDrift> driftOf(TopicObservation observation) {
        TopicDefinition expected = observation.expected();
        String name = expected.name();
        if (!observation.exists()) {
            return List.of(new TopicDrift(name, "missing"));
        }
        List<TopicDrift> drift = new ArrayList<>();
        if (observation.partitions() != expected.partitions()) {
            drift.add(new TopicDrift(name, "has " + observation.partitions() + " partitions, expected " + expected.partitions()));
        }
        if (!observation.cleanupPolicy().equals(expected.cleanupPolicy())) {
            drift.add(new TopicDrift(name, "cleanup.policy is " + observation.cleanupPolicy() + ", expected " + expected.cleanupPolicy()));
        }
        if (observation.replicationFactor() != expected.replicationFactor()) {
            drift.add(new TopicDrift(name, "replication factor is " + observation.replicationFactor()
                    + ", expected " + expected.replicationFactor()));
        }
        return drift;
    }

    /** The queues that have lane topics on the cluster. */
    public Set<String> queuesOnCluster() {
        return existingTopics().stream()
                .filter(name -> name.startsWith(LANE_PREFIX))
                .map(name -> name.substring(LANE_PREFIX.length()))
                .filter(rest -> rest.lastIndexOf('.') > 0)
                .map(rest -> rest.substring(0, rest.lastIndexOf('.')))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The catalogue for the given queues plus every queue that already has lanes on the cluster. */
    public List<TopicDefinition> catalogueFor(TopicLayout layout, Collection<String> queues) {
        Set<String> all = new java.util.TreeSet<>(queues);
        all.addAll(queuesOnCluster());
        return Topics.catalogue(layout, all);
    }

    private static TopicObservation observed(TopicDefinition definition, TopicDescription description, Config config) {
        Map<String, String> configs = new LinkedHashMap<>();
        if (config != null) {
            for (ConfigEntry entry : config.entries()) {
                configs.put(entry.name(), entry.value());
            }
        }
        int replication = description.partitions().isEmpty() ? 0 : description.partitions().get(0).replicas().size();
        return new TopicObservation(definition, true, description.partitions().size(), replication, configs);
    }

    private Set<String> existingTopics() {
        return await(admin.listTopics().names());
    }

    private static boolean alreadyExisted(KafkaFuture<Void> creation) {
        try {
            creation.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return false;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return true;
            }
            throw new IllegalStateException("cannot create topic: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalStateException("a topic disappeared while it was read: " + e.getCause().getMessage(), e);
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to the cluster", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
