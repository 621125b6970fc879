package io.kairos.cli.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test data: a pipeline spec document, {@code aSpec("acme/import").cron("0 * * * *").writeTo(dir)}. */
public final class SpecYaml {

    private final String id;
    private String schedule = "{ cron: \"0 * * * *\" }";
    private String timezone = "UTC";
    private int maxConcurrentRuns = 1;
    private String overlap = "skip";
    private String extra = "";
    private String sleep = "PT0.2S";

    private SpecYaml(String id) {
        this.id = id;
    }

    public static SpecYaml aSpec(String id) {
        return new SpecYaml(id);
    }

    public SpecYaml cron(String expression) {
        this.schedule = "{ cron: \"" + expression + "\" }";
        return this;
    }

    public SpecYaml timezone(String zone) {
        this.timezone = zone;
        return this;
    }

    public SpecYaml maxConcurrentRuns(int runs) {
        this.maxConcurrentRuns = runs;
        return this;
    }

    public SpecYaml overlap(String policy) {
        this.overlap = policy;
        return this;
    }

    /** How long each run of the sleep executor takes. */
    public SpecYaml sleep(String duration) {
        this.sleep = duration;
        return this;
    }

    /** Raw extra lines, such as a misspelt field. */
    public SpecYaml with(String line) {
        this.extra += line + "\n";
        return this;
    }

    public String yaml() {
        return "id: " + id + "\n"
                + "schedule: " + schedule + "\n"
                + "timezone: " + timezone + "\n"
                + "maxConcurrentRuns: " + maxConcurrentRuns + "\n"
                + "overlap: " + overlap + "\n"
                + "executor: { type: sleep, duration: " + sleep + " }\n"
                + extra;
    }

    public Path writeTo(Path dir) {
        try {
            return Files.writeString(dir.resolve(id.replace('/', '_') + ".yaml"), yaml());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
