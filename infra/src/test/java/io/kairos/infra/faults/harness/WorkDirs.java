package io.kairos.infra.faults.harness;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a scenario keeps its processes' state and logs: under {@code target/faults}, kept after the run for reading. */
public final class WorkDirs {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private WorkDirs() {
    }

    public static Path of(Class<?> scenario) {
        return Path.of("target", "faults", scenario.getSimpleName() + "-" + STAMP.format(LocalDateTime.now()))
                .toAbsolutePath();
    }
}
