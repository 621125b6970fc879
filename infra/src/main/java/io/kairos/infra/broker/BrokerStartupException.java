package io.kairos.infra.broker;

/** The embedded broker could not start; the message says why and what to change. */
public class BrokerStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerStartupException(String message) {
        super(message);
    }

    public BrokerStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
