package io.kairos.model.spec;

import java.util.Objects;

/**
 * One thing wrong with a pipeline spec: where, as a field path such as {@code schedule.cron} or
 * {@code executor.command[0]} ({@code (document)} for the document as a whole), and why.
 */
public record SpecProblem(String path, String message) {

    /** The path of a problem with the whole document, such as a YAML syntax error. */
    public static final String DOCUMENT = "(document)";

    public SpecProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path: message}, as shown to users. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
