package io.kairos.model.serde;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.kairos.model.time.InstantText;
import java.io.IOException;
import java.time.Instant;

/** Writes an instant as its ISO-8601 text through {@link InstantText}: the text Jackson's own would write. */
final class InstantTextSerializer extends StdSerializer<Instant> {

    InstantTextSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(InstantText.of(value));
    }
}
