package io.kairos.model.spec;

import static io.kairos.model.spec.PipelineSpecs.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kairos.model.serde.UnreadableRecordException;
import io.kairos.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PipelineSpecSerdeTest {

    private final PipelineSpecSerde serde = new PipelineSpecSerde();

    @Test
    void aSpecSurvivesThePipelinesTopic() {
        PipelineSpec spec = aPipeline().cron("*/5 * * * *").build();

        assertThat(serde.deserialize("t", serde.serialize("t", spec))).isEqualTo(spec);
        assertThat(Topics.PIPELINES.valueSerde()).isInstanceOf(PipelineSpecSerde.class);
    }

    @Test
    void theValueIsAVersionedEnvelopeAroundTheSpecDocument() {
        String json = new String(serde.serialize("t", aPipeline().build()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"schemaVersion\":1,\"spec\":{");
    }

    @Test
    void anInvalidSpecOnTheTopicIsUnreadableAndNamesEveryProblem() {
        String invalid = "{\"schemaVersion\":1,\"spec\":{\"id\":\"acme/x\",\"priority\":11,"
                + "\"executor\":{\"type\":\"teleport\"}}}";

        assertThatThrownBy(() -> serde.deserialize("kairos.pipelines", invalid.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("kairos.pipelines")
                .hasMessageContaining("priority")
                .hasMessageContaining("executor.type");
    }

    @Test
    void tombstonesStayNull() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }
}
