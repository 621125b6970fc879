package io.kairos.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports on 127.0.0.1 that nothing listens on, for servers a test starts itself, often in another
 * process a moment later. They are taken below the kernel's ephemeral range: a port the kernel
 * handed out for {@code bind(0)} goes back to that range once released, where the next outgoing
 * connection of any client on the machine may take it as its local port before the server binds it.
 */
public final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default ephemeral range starts at 32768. */
    private static final int DEFAULT_EPHEMERAL_LOW = 32_768;
    static final int LOWEST = 15_000;
    static final int HIGHEST = ephemeralLow() - 1;
    /** A random start per JVM, so test JVMs running side by side rarely try the same ports. */
    private static final AtomicInteger NEXT = new AtomicInteger(
            ThreadLocalRandom.current().nextInt(HIGHEST - LOWEST + 1));

    private FreePorts() {
    }

    public static int next() {
        int span = HIGHEST - LOWEST + 1;
        for (int tried = 0; tried < span; tried++) {
            int port = LOWEST + Math.floorMod(NEXT.getAndIncrement(), span);
            if (bindable(port)) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException(
                "no free port on 127.0.0.1 between " + LOWEST + " and " + HIGHEST));
    }

    static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A /proc file reports size 0, so it is read by lines rather than by its size. */
    private static int ephemeralLow() {
        try {
            String[] range = Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+");
            int low = Integer.parseInt(range[0]);
            return low > LOWEST + 1_000 ? low : DEFAULT_EPHEMERAL_LOW;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_LOW;
        }
    }
}
