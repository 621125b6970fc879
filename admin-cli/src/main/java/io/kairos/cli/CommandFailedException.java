package io.kairos.cli;

/** A command that ran and refused or failed (exit 1); the message says what was wrong and what to do. */
public class CommandFailedException extends RuntimeException {

    public CommandFailedException(String message) {
        super(message);
    }

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
