package io.kairos.worker.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsEverythingBelowTheCapacity() {
        assertThat(OutputTail.of("hello", 16)).isEqualTo("hello");
    }

    @Test
    void keepsOnlyTheLastBytesAcrossWrites() {
        OutputTail tail = new OutputTail(4);
        byte[] first = "abcdef".getBytes(StandardCharsets.UTF_8);
        byte[] second = "gh".getBytes(StandardCharsets.UTF_8);
        tail.write(first, 0, first.length);
        tail.write(second, 0, second.length);
        assertThat(tail.text()).isEqualTo("efgh");
    }
}
