package io.kairos.worker.intake;

import io.kairos.model.id.WorkerId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The executor's threads: one per loop (intakes, orders, sender), the run threads (one per slot) and a timer. */
final class WorkerThreads {

    private static final Logger log = LoggerFactory.getLogger(WorkerThreads.class);

    private final WorkerId workerId;
    private final List<Thread> loops = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor runThreads;
    private final ScheduledExecutorService timer;

    WorkerThreads(WorkerId workerId, int slots) {
        this.workerId = workerId;
        this.runThreads = new ThreadPoolExecutor(slots, slots, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                named("run"));
        this.runThreads.allowCoreThreadTimeOut(true);
        this.timer = new ScheduledThreadPoolExecutor(1, named("timer"));
    }

    void start(String role, Runnable loop) {
        Thread thread = named(role).newThread(loop);
        loops.add(thread);
        thread.start();
    }

    /** Runs {@code task} at a fixed rate; a failure is logged and the task runs again at the next tick. */
    void every(Duration period, Runnable task) {
        timer.scheduleAtFixedRate(() -> {
            try {
                task.run();
            } catch (Exception e) {
                log.warn("{} failed; will run again in {}", task.getClass().getSimpleName(), period, e);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    ExecutorService runThreads() {
        return runThreads;
    }

    /** Sleeps, keeping an interrupt for the caller to see. */
    void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stopTimers() {
        timer.shutdownNow();
    }

    void awaitStopped(Duration timeout) throws InterruptedException {
        runThreads.shutdown();
        runThreads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        for (Thread loop : loops) {
            loop.join(timeout.toMillis());
            if (loop.isAlive()) {
                log.warn("Thread {} still running after {}", loop.getName(), timeout);
            }
        }
    }

    private ThreadFactory named(String role) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "kairos-" + role + "-" + count.incrementAndGet() + "-" + workerId);
            thread.setDaemon(true);
            return thread;
        };
    }
}
