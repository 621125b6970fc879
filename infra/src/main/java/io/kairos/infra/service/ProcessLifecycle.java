package io.kairos.infra.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Kairos process started, stopped in reverse order: on {@link #close()}, or when the JVM is
 * asked to stop (Ctrl-C, SIGTERM), in which case the shutdown hook waits for the close to finish so
 * the JVM does not exit under a service that is still draining. A stop on a signal that finished
 * cleanly exits 0 (a JVM ended by a signal would otherwise report 128 + the signal, 143 for SIGTERM);
 * one that did not finish in time keeps that status.
 */
public final class ProcessLifecycle implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProcessLifecycle.class);
    private static final long SHUTDOWN_TIMEOUT_SECONDS = 120;

    private final String name;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    public ProcessLifecycle(String name) {
        this.name = name;
    }

    /** Registers a started part; it is closed before everything registered earlier. */
    public synchronized <T extends AutoCloseable> T add(T part) {
        started.add(part);
        return part;
    }

    /** Blocks until the JVM is asked to stop, then returns so the caller closes this. */
    public void awaitShutdownSignal() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown.countDown();
            awaitStopped();
        }, name + "-shutdown"));
        log.info("{} is running; Ctrl-C or SIGTERM stops it", name);
        shutdown.await();
        log.info("Stopping {}", name);
    }

    @Override
    public synchronized void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            closeQuietly(started.get(i));
        }
        started.clear();
        shutdown.countDown();
        stopped.countDown();
    }

    private void awaitStopped() {
        try {
            if (stopped.await(SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                log.info("{} stopped cleanly; exiting 0", name);
                Runtime.getRuntime().halt(0);
            }
            log.warn("{} took longer than {} s to stop; exiting anyway", name, SHUTDOWN_TIMEOUT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            log.warn("Could not stop {} cleanly; continuing shutdown", part.getClass().getSimpleName(), e);
        }
    }
}
