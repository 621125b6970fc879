package io.kairos.worker.execution;

import io.kairos.model.run.DispatchedRun;
import java.time.Duration;
import java.time.Instant;

/**
 * One attempt executing in a slot: the thread it runs on (to interrupt it), the order that stops it
 * if any, and when it last sent a heartbeat.
 */
public final class RunningAttempt {

    private final DispatchedRun run;
    private final String queue;
    private final Instant startedAt;
    private final Duration heartbeatInterval;
    private Thread thread;
    private StopOrder stopOrder;
    private boolean isFinished;
    private Instant lastHeartbeat;

    public RunningAttempt(DispatchedRun run, String queue, Instant startedAt, Duration heartbeatInterval) {
        this.run = run;
        this.queue = queue;
        this.startedAt = startedAt;
        this.heartbeatInterval = heartbeatInterval;
        this.lastHeartbeat = startedAt;
    }

    public DispatchedRun run() {
        return run;
    }

    public String queue() {
        return queue;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Stops the attempt unless it already has an order or has finished; says whether this order took effect. */
    public synchronized boolean stop(StopOrder order) {
        if (stopOrder != null || isFinished) {
            return false;
        }
        stopOrder = order;
        if (thread != null) {
            thread.interrupt();
        }
        return true;
    }

    public synchronized StopOrder stopOrder() {
        return stopOrder;
    }

    synchronized void bind(Thread executing) {
        thread = executing;
    }

    /** The attempt's thread no longer executes it: later orders must not interrupt that thread. */
    synchronized void unbind() {
        thread = null;
    }

    /** Marks the attempt finished: no heartbeat is sent for it after this. */
    synchronized void finish() {
        isFinished = true;
    }

    /** Runs {@code send} if a heartbeat is due at {@code now} and the attempt has not finished. */
    public synchronized boolean heartbeatIfDue(Instant now, HeartbeatSend send) {
        if (isFinished || now.isBefore(lastHeartbeat.plus(heartbeatInterval))) {
            return false;
        }
        if (send.offer(run)) {
            lastHeartbeat = now;
        }
        return true;
    }

    /** Hands a heartbeat to the outbox; says whether it was taken. */
    @FunctionalInterface
    public interface HeartbeatSend {
        boolean offer(DispatchedRun run);
    }
}
