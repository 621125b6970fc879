package io.kairos.worker.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a process and everything it started: asks them all to terminate (SIGTERM), waits a grace
 * period, then kills what is left (SIGKILL). Descendants are collected before the root is signalled,
 * because an orphan is no longer reachable from it.
 */
public final class ProcessTree {

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 20;
    private static final Logger log = LoggerFactory.getLogger(ProcessTree.class);

    private final Duration grace;
    private final Clock clock;

    public ProcessTree(Duration grace, Clock clock) {
        this.grace = grace;
        this.clock = clock;
    }

    /** Stops the tree rooted at {@code root}; returns once none of it runs, whatever the interrupt flag. */
    public void kill(ProcessHandle root) {
        Set<ProcessHandle> tree = treeOf(root);
        tree.forEach(ProcessHandle::destroy);
        tree.addAll(treeOf(root));
        boolean interrupted = Thread.interrupted();
        try {
            waitForExit(tree, clock.instant().plus(grace));
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        List<ProcessHandle> left = running(tree);
        if (!left.isEmpty()) {
            log.warn("Processes {} outlived the grace period of {}; killing them", pids(left), grace);
            left.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static Set<ProcessHandle> treeOf(ProcessHandle root) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        root.descendants().forEach(tree::add);
        tree.add(root);
        return tree;
    }

    private void waitForExit(Set<ProcessHandle> tree, Instant deadline) {
        while (!running(tree).isEmpty() && clock.instant().isBefore(deadline)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<ProcessHandle> running(Set<ProcessHandle> tree) {
        List<ProcessHandle> running = new ArrayList<>();
        tree.stream().filter(ProcessTree::isRunning).forEach(running::add);
        return running;
    }

    /** Alive and not a zombie: an exited process nobody reaped (its parent died too) counts as gone. */
    public static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String line = Files.readString(stat);
            int afterName = line.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= line.length() || line.charAt(afterName + 2) != 'Z';
        } catch (IOException e) {
            return process.isAlive();
        }
    }

    private static List<Long> pids(List<ProcessHandle> processes) {
        return processes.stream().map(ProcessHandle::pid).toList();
    }
}
