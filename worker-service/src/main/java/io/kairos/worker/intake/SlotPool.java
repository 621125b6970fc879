package io.kairos.worker.intake;

import java.util.concurrent.atomic.AtomicInteger;

/** The fixed number of runs this worker executes at once; taking a slot never waits. */
public final class SlotPool {

    public static final int DEFAULT_SLOTS = 8;

    private final int capacity;
    private final AtomicInteger busy = new AtomicInteger();

    public SlotPool(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("slots: must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Takes a slot if one is free; says whether it did. */
    public boolean tryAcquire() {
        while (true) {
            int current = busy.get();
            if (current >= capacity) {
                return false;
            }
            if (busy.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    public void release() {
        if (busy.getAndUpdate(current -> current > 0 ? current - 1 : 0) == 0) {
            throw new IllegalStateException("a slot was released that was not taken");
        }
    }

    public int capacity() {
        return capacity;
    }

    public int busy() {
        return busy.get();
    }

    public int free() {
        return capacity - busy.get();
    }
}
