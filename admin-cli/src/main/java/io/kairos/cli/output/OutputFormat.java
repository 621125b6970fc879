package io.kairos.cli.output;

/** How a command prints its result: a table for people, JSON for programs. */
public enum OutputFormat {
    table,
    json
}
