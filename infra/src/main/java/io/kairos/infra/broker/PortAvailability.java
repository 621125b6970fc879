package io.kairos.infra.broker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks ports before the broker binds them, so a clash is reported with the option that fixes it. */
final class PortAvailability {

    private PortAvailability() {
    }

    static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that was free a moment ago, chosen by the operating system. */
    static int anyFreePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BrokerStartupException("Could not find a free port on " + host, e);
        }
    }
}
