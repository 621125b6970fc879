package io.kairos.worker.report;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bounded FIFO between the threads that report and the one that sends: events wait here while
 * the broker is away, in order, and none is lost. When it is full, whoever must report waits
 * (backpressure: finished runs keep their slots, so no new run starts); droppable records are refused
 * once it is half full, since a later heartbeat or status replaces them.
 */
public final class Outbox {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final BlockingQueue<OutgoingRecord> queue;
    private final int capacity;

    public Outbox(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity: must be at least 2, was " + capacity);
        }
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Adds a record that must be sent, waiting for room; an interrupt while waiting is kept and the record still added. */
    public void put(OutgoingRecord record) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(record);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds a droppable record unless the outbox is half full; says whether it was added. */
    public boolean offer(OutgoingRecord record) {
        return size() < capacity / 2 && queue.offer(record);
    }

    /** Room for {@code count} more records without waiting, keeping the droppable half free for them. */
    public boolean hasRoomFor(int count) {
        return queue.remainingCapacity() >= count;
    }

    OutgoingRecord poll(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.poll(timeout, unit);
    }

    public int size() {
        return queue.size();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
