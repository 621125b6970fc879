package io.kairos.worker.execution;

import io.kairos.model.run.DispatchedRun;
import java.time.Duration;
import java.time.Instant;

/**
 * One attempt executing in a slot: the thread it runs on (to interrupt it), the order that stops it
 * if any, and when it last sent a heartbeat. Heartbeats are timed on a monotonic ticker (nanoseconds),
 * so a wall clock stepped back or forward neither stops them nor bunches them up. An attempt is known
 * (orders find it) from before its claim commits, but sends heartbeats only once claimed: a heartbeat
 * would start the run at the ledger as this worker's even if the claim is then refused.
 */
public final class RunningAttempt {

    private final DispatchedRun run;
    private final String queue;
    private final Instant startedAt;
    private final Duration heartbeatInterval;
    private Thread thread;
    private StopOrder stopOrder;
    private boolean isClaimed;
    private boolean isFinished;
    private long lastHeartbeatTick;

    /**
     * @param startedAt   wall-clock start, for reports and display
     * @param startedTick the monotonic ticker ({@link System#nanoTime()}) at the start, for the heartbeat schedule
     */
    public RunningAttempt(DispatchedRun run, String queue, Instant startedAt, long startedTick,
                          Duration heartbeatInterval) {
        this.run = run;
        this.queue = queue;
        this.startedAt = startedAt;
        this.heartbeatInterval = heartbeatInterval;
        this.lastHeartbeatTick = startedTick;
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

    /** Its claim has committed: heartbeats may go from now on. */
    public synchronized void claimed() {
        isClaimed = true;
    }

    /** Marks the attempt finished: no heartbeat is sent for it after this. */
    synchronized void finish() {
        isFinished = true;
    }

    /** Runs {@code send} if a heartbeat is due at the monotonic {@code nowTick} and the attempt is claimed and not finished. */
    public synchronized boolean heartbeatIfDue(long nowTick, HeartbeatSend send) {
        if (!isClaimed || isFinished || nowTick - lastHeartbeatTick < heartbeatInterval.toNanos()) {
            return false;
        }
        if (send.offer(run)) {
            lastHeartbeatTick = nowTick;
        }
        return true;
    }

    /** Hands a heartbeat to the outbox; says whether it was taken. */
    @FunctionalInterface
    public interface HeartbeatSend {
        boolean offer(DispatchedRun run);
    }
}
