package io.kairos.cli.backfill;

import picocli.CommandLine.Command;

/** {@code kairosctl backfill}: placeholder until backfills are served. */
@Command(name = "backfill", description = "Run a pipeline for every scheduled time of a past range.",
        mixinStandardHelpOptions = true)
public final class BackfillCommand {
}
