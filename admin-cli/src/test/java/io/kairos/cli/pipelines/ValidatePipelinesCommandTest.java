package io.kairos.cli.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.CliRun;
import io.kairos.model.serde.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatePipelinesCommandTest {

    private static final String VALID = """
            id: acme/gcp-billing-import
            schedule: { cron: "0 * * * *" }
            timezone: Europe/London
            executor: { type: command, command: ["/opt/jobs/import.sh", "--full"] }
            """;

    private static final String THREE_MISTAKES = """
            id: acme/gcp-billing-import
            schedule: { cron: "61 * * * *" }
            priorty: 5
            retry: { backoff: 2 seconds }
            executor: { type: command, command: ["/opt/jobs/import.sh"] }
            """;

    @TempDir
    Path dir;

    @Test
    void aValidFileExitsZero() throws IOException {
        CliRun run = CliRun.of("pipelines", "validate", "-f", write("valid.yaml", VALID).toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("OK: 1 pipeline(s) valid in 1 file(s)");
    }

    @Test
    void everyMistakeIsPrintedWithFileAndPathAndTheExitCodeIsOne() throws IOException {
        Path file = write("broken.yaml", THREE_MISTAKES);

        CliRun run = CliRun.of("pipelines", "validate", "-f", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(file + ": schedule.cron: \"61 * * * *\": minute must be between 0 and 59")
                .contains(file + ": priorty: unknown field \"priorty\"")
                .contains(file + ": retry.backoff: \"2 seconds\": not an ISO-8601 duration")
                .contains("3 problem(s) in 1 file(s)");
    }

    @Test
    void aDirectoryIsCheckedWholeIncludingIdsDeclaredTwice() throws IOException {
        write("a.yaml", VALID);
        write("b.yml", VALID);
        write("notes.txt", "not a spec");

        CliRun run = CliRun.of("pipelines", "validate", "-f", dir.toString(), "-o", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode result = Json.mapper().readTree(run.out());
        assertThat(result.get("files").asInt()).isEqualTo(2);
        assertThat(result.get("problems").get(0).get("message").asText())
                .isEqualTo("\"acme/gcp-billing-import\" is also declared in " + dir.resolve("a.yaml"));
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = CliRun.of("pipelines", "validate", "-f", dir.resolve("absent.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("absent.yaml: no such file or directory");
    }

    @Test
    void withoutAFileItIsAUsageError() {
        assertThat(CliRun.of("pipelines", "validate").exitCode()).isEqualTo(2);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
