package io.kairos.model.topic;

/** One way a topic on the cluster differs from the catalogue. */
public record TopicDrift(String topic, String problem) {

    @Override
    public String toString() {
        return topic + ": " + problem;
    }
}
