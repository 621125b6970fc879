package io.kairos.model.topic;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic of the catalogue: its name, the serdes of its keys and values, and how it is laid out.
 * Nothing outside {@link Topics} spells a topic name.
 */
public record Topic<K, V>(String name, TopicKind kind, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }

    @Override
    public String toString() {
        return name;
    }
}
