package io.kairos.worker.ledger.topology;

/** The explicit names of the ledger topology's nodes. */
final class NodeNames {

    static final String REQUESTS_SOURCE = "run-requests-source";
    static final String EVENTS_SOURCE = "run-events-source";
    static final String COMMANDS_SOURCE = "commands-source";
    static final String DECODE_REQUESTS = "decode-run-requests";
    static final String DECODE_EVENTS = "decode-run-events";
    static final String DECODE_COMMANDS = "decode-commands";
    static final String LEDGER = "ledger";
    static final String LANES_SINK = "lanes-sink";
    static final String WORKER_CONTROL_SINK = "worker-control-sink";
    static final String DEAD_LETTER_SINK = "dead-letter-sink";
    static final String BEACON_SINK = "beacon-sink";

    private NodeNames() {
    }
}
