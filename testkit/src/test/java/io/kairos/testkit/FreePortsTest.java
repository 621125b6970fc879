package io.kairos.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsLieBelowTheEphemeralRangeAndCanBeBound() throws IOException {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int ephemeralLow = Files.exists(range)
                ? Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0]) : 32_768;
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.next();
            assertThat(port).isBetween(15_000, ephemeralLow - 1);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void consecutivePortsDiffer() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ports.add(FreePorts.next());
        }
        assertThat(ports).hasSize(50);
    }

    @Test
    void aPortInUseIsNotHandedOut() throws IOException {
        int taken = FreePorts.next();
        try (ServerSocket holder = new ServerSocket()) {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), taken));
            for (int i = 0; i < 100; i++) {
                assertThat(FreePorts.next()).isNotEqualTo(taken);
            }
        }
    }
}
