package io.kairos.cli;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Option types: ids and instants parsed where they enter, so a bad one is a usage error (exit 2) naming it. */
final class Converters {

    private Converters() {
    }

    static void register(CommandLine commandLine) {
        commandLine.registerConverter(PipelineId.class, PipelineId::parse);
        commandLine.registerConverter(RunId.class, RunId::of);
        commandLine.registerConverter(WorkerId.class, WorkerId::of);
        commandLine.registerConverter(BackfillId.class, BackfillId::parse);
        commandLine.registerConverter(ZoneId.class, ZoneId::of);
        commandLine.registerConverter(Instant.class, Converters::instant);
    }

    /** ISO-8601 with an offset: {@code 2026-03-01T00:00:00Z} or {@code 2026-03-01T01:00:00+01:00}. */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("\"" + text
                    + "\" is not an ISO-8601 instant with an offset, such as 2026-03-01T00:00:00Z");
        }
    }
}
