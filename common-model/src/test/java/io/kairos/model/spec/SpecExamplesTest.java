package io.kairos.model.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example files in src/test/resources/specs, which CLI tests reuse. */
class SpecExamplesTest {

    static String resource(String name) throws IOException {
        try (InputStream in = SpecExamplesTest.class.getResourceAsStream("/specs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void validExampleParses() throws IOException {
        PipelineSpec spec = SpecParser.parse(resource("valid-pipeline.yaml"));

        assertThat(spec.id().value()).isEqualTo("acme/gcp-billing-import");
        assertThat(spec.queue()).isEqualTo("billing");
    }

    @Test
    void exampleWithThreeMistakesReportsExactlyThoseThree() throws IOException {
        String text = resource("three-mistakes.yaml");

        InvalidSpecException refusal = catchThrowableOfType(InvalidSpecException.class, () -> SpecParser.parse(text));

        assertThat(refusal.problems()).extracting(SpecProblem::toString).containsExactlyInAnyOrder(
                "schedule.cron: \"61 * * * *\": minute must be between 0 and 59",
                "priorty: unknown field \"priorty\"; did you mean \"priority\"?",
                "retry.backoff: \"2 seconds\": not an ISO-8601 duration such as PT2S");
    }
}
