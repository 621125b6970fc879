package io.kairos.infra.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Remembers the controller port in the data directory. The KRaft voter address must stay the same
 * across restarts, so the port chosen on first start is reused by every later start.
 */
final class ControllerPortFile {

    static final String FILE_NAME = "controller.port";

    private final Path file;

    ControllerPortFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The explicit port if given, else the remembered one, else a fresh free port; remembers the result. */
    int resolve(OptionalInt explicitPort, String host) {
        int port = explicitPort.isPresent() ? explicitPort.getAsInt() : remembered().orElseGet(() -> PortAvailability.anyFreePort(host));
        remember(port);
        return port;
    }

    Path path() {
        return file;
    }

    private OptionalInt remembered() {
        if (!Files.exists(file)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            throw new BrokerStartupException("Cannot read the controller port from " + file
                    + "; fix or delete that file", e);
        }
    }

    private void remember(int port) {
        try {
            Files.writeString(file, port + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BrokerStartupException("Cannot write the controller port to " + file, e);
        }
    }
}
