package io.kairos.model.serde;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kairos.model.time.InstantText;
import java.time.Instant;

/**
 * The one JSON mapping of every Kairos record: instants and durations as ISO-8601 strings, unknown
 * fields ignored so an older service reads a newer producer's records. Instants are written through
 * {@link InstantText}, which formats a repeated instant once.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("kairos-instants").addSerializer(Instant.class, new InstantTextSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Json() {
    }

    /** The shared, thread-safe mapper. Configure nothing on it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
