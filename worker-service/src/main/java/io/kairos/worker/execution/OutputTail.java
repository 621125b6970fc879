package io.kairos.worker.execution;

import java.nio.charset.StandardCharsets;

/** The last bytes written to it, up to a fixed capacity: what a run's summary shows of its output. */
public final class OutputTail {

    public static final int DEFAULT_CAPACITY = 4096;

    private final byte[] ring;
    private long written;

    public OutputTail() {
        this(DEFAULT_CAPACITY);
    }

    public OutputTail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: must be at least 1, was " + capacity);
        }
        this.ring = new byte[capacity];
    }

    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (written++ % ring.length)] = bytes[offset + i];
        }
    }

    /** The kept bytes as UTF-8 text (a character cut at the start shows as a replacement character). */
    public synchronized String text() {
        int size = (int) Math.min(written, ring.length);
        byte[] tail = new byte[size];
        int start = (int) ((written - size) % ring.length);
        for (int i = 0; i < size; i++) {
            tail[i] = ring[(start + i) % ring.length];
        }
        return new String(tail, StandardCharsets.UTF_8);
    }

    /** The tail of {@code text} in at most {@code capacity} UTF-8 bytes. */
    public static String of(String text, int capacity) {
        OutputTail tail = new OutputTail(capacity);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        tail.write(bytes, 0, bytes.length);
        return tail.text();
    }
}
